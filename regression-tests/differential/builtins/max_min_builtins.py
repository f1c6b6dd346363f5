print(max(3, 1, 2), min(3, 1, 2), max([4, 9]), min("hello"), max("a", "b", key=str.upper), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), min([3, -4, 2], key=abs), max({1: "z", 2: "a"}), max([1, 2], default=0))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
