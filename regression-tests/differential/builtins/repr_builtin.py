print(repr(1), repr("s"), repr(1.0), repr(None), repr([1, "a"]), repr((1,)), repr({1: "x"}), repr({1}), repr(set()), repr(b"b"), repr(...), repr(NotImplemented))
print(repr(range(3)), repr(slice(1)), repr(frozenset([1])), repr(bytearray(b"x")), repr(1j), repr(int), repr(len), repr(type(None)))
print(repr(ValueError("x")), repr(object).startswith("<class"))
class R:
    pass
print(repr(R).startswith("<class '__main__.R'>"), repr(R()).startswith("<__main__.R object at 0x"))
