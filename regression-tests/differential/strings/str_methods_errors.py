tests = [
    lambda: "abc".center(),
    lambda: "abc".split(1),
    lambda: "abc".replace("a"),
    lambda: "abc".startswith(),
    lambda: "abc".join("x", "y"),
    lambda: "abc".encode(1),
    lambda: "abc".zfill("3"),
    lambda: "abc".count(),
    lambda: "abc" - "b",
    lambda: -"abc",
    lambda: "abc"[(1.0,)[0]],
    lambda: "abc".upper(1),
    lambda: str.lower(5),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
