print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lots   of   space  ".split(), "  lots   of   space  ".split(None, 1), "  x y ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\nb\n".splitlines(True), "x\x0by\x1cz\u2028w".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(3)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("a b c".split(" ", -1), "1 2 3 4".split(maxsplit=2))
