print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "x".replace("x", "xx").replace("xx", "y"))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()))
print("abcdd-cab".translate(table))
print("hello".translate({ord("h"): "J", ord("o"): None, ord("l"): 76}))
print(str.maketrans({"a": "1", "b": None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)
