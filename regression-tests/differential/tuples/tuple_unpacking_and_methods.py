point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
records = [("a", 1, True), ("b", 2, False)]
for name, num, flag in records:
    print(name, num, flag)
t = tuple(range(10))
print(t[2:8:2], t[::-1][:3], t.count(3), t.index(9), 5 in t, len(t), min(t), max(t), sum(t))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), tuple(zip((1, 2), "ab")))
single = 1,
print(single, type(single).__name__, () == tuple(), (1, 2) * 2, (1,) + (2, 3))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
