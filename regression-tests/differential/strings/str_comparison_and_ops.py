print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" * 3, "ab" + "cd", 3 * "xy", "x" * 0, "x" * -1)
print("b" in "abc", "" in "abc", "abc" in "abc", "ac" in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(min("hello"), max("hello"), sorted("hello"), "hello" == "hel" + "lo")
print(hash("abc") == hash("ab" + "c"))
print(str(), str(123), str(1.5), str([1, "a"]), str(b"bytes"), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xff", "utf-8", "replace"), str(b"a\xffb", errors="ignore", encoding="ascii"))
