print(type(1), type("a"), type([]), type(type), type(None), type(print), type(lambda: 0), type(x for x in []))
T = type("T", (), {"x": 1, "m": lambda self: self.x + 1})
print(T.__name__, T().m(), T.__bases__, type(T))
for bad in [lambda: type(), lambda: type(1, 2), lambda: type("A", (), {}, 4), lambda: type("A", (1,), {})]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
