tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: [1][5],
    lambda: (1,)[-2],
    lambda: "abc"[10],
    lambda: int("xyz"),
    lambda: int("12", 1),
    lambda: float("nan?"),
    lambda: None + 1,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: len(5),
    lambda: (None,)[0](),
    lambda: (1).foo,
    lambda: [].nope(),
    lambda: {}[[]],
    lambda: {[]: 1},
    lambda: hash([]),
    lambda: iter(5),
    lambda: next([]),
    lambda: "abc".index("z"),
    lambda: [1].index(2),
    lambda: [].pop(),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: 2 ** 10000.0,
    lambda: -1 ** 0.5 + "x",
    lambda: "x" * "y",
    lambda: [1, 2] < [1, "a"],
    lambda: 1 < "a",
    lambda: sorted([3, "a"]),
    lambda: object().__dict__,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
