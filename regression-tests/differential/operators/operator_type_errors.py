pairs = [(1, "a"), ("a", 1), ([1], 1), (None, None), ({}, {}), ((1,), [1]), (1.5, "x"), (b"a", "a"), ({1}, [1])]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("<", lambda a, b: a < b), ("|", lambda a, b: a | b), ("%", lambda a, b: a % b)]
for a, b in pairs:
    for sym, fn in ops:
        try:
            r = fn(a, b)
            print(repr(a), sym, repr(b), "=", repr(r))
        except TypeError as e:
            print(repr(a), sym, repr(b), "->", e)
