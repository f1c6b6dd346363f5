s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ip"))
print(repr("hi".center(7)), repr("hi".center(7, "*")), repr("hi".ljust(5, "-")), repr("hi".rjust(5)), repr("hi".center(1)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(6), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\tdef".expandtabs(4), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
