d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
c = d.copy()
c.clear()
print(c, d)
print(dict(a=1), dict([("k", "v")]), dict({1: 2}, three=3), dict(zip(range(3), "abc")))
for bad in [lambda: d["nope"], lambda: d.pop("nope"), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.update(5), lambda: d.get()]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
