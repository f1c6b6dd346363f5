d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d, list(d))
d[3] = "updated"
print(d)
del d[5]
d[5] = "re-added"
print(d)
keys = d.keys()
values = d.values()
items = d.items()
d["new"] = 0
print(keys, values, items)
print(len(keys), 9 in keys, ("new", 0) in items, 0 in values)
print(keys & {1, 9, 42}, keys | {"x"} == set(d) | {"x"}, sorted(keys - {1}, key=str), {1, 2} - keys)
print(items & {(1, 1), (9, 81)})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
print(d.keys() == {1, 3, 9, 5, "new"}, d.values() == d.values())
print(keys.mapping == d if hasattr(keys, "mapping") else None)
