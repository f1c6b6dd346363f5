s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.rfind("the"), s.rfind("the", 0, 40))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o", 20), s.count(""), "aaaa".count("aa"))
print("".find(""), "abc".find("", 5), "abc".find("", 3), "abc".rfind(""))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("end"), s.endswith("the", 0, 3), s.startswith("quick", 4))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("abc".find("c", -1), "abc"[-10:].find("a"))
