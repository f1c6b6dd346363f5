items = [1, 2, 3, 4, 5, 6]
for v in items:
    if v % 2 == 0:
        items.remove(v)
print(items)
items = [1, 2, 3]
out = []
for v in items:
    out.append(v)
    if len(items) < 6:
        items.append(v * 10)
print(out, items)
items = list(range(10))
items[:] = [v for v in items if v % 3]
print(items)
it = iter([1, 2, 3])
print(list(it), list(it))
r = [1, 2, 3]
ri = reversed(r)
r.append(4)
print(list(ri))
