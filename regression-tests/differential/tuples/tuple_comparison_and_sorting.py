pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,), (2,)]
print(sorted(pairs), max(pairs), min(pairs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (1, "a") == (1.0, "a"), (float("nan"),) == (float("nan"),))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(()), repr((1,)), repr((1, (2, (3,)))), str(("s", b"b", None)))
