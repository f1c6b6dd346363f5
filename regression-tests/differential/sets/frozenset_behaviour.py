f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f | {4}).__name__, type({4} | f).__name__, type(f.copy()).__name__)
print(repr(frozenset()), repr(frozenset({5})), hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset({1}), frozenset({1})}
print(len(s))
print(sorted(sorted(x) for x in {frozenset({1, 2}), frozenset({2, 1}), frozenset()}))
print(frozenset("abc") == set("cba"), f.union([10]) - {10} == f)
