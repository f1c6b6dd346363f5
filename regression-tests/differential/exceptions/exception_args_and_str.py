cases = [
    Exception(),
    Exception("one"),
    Exception("a", 2),
    ValueError(""),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    BaseException(None),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
