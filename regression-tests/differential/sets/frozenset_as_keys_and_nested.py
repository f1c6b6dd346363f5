groups = {frozenset({1, 2}): "pair", frozenset({3}): "single", frozenset(): "empty"}
print(groups[frozenset([2, 1])], groups[frozenset()], len(groups))
nested = frozenset({frozenset({1}), frozenset({1}), frozenset({2})})
print(len(nested), sorted(sorted(x) for x in nested))
s = set()
s.add(frozenset("ab"))
print(frozenset("ba") in s, frozenset("abc") in s)
fs = frozenset(range(5))
print(fs & {1, 2, 9} == {1, 2}, fs - {0} == frozenset({1, 2, 3, 4}), fs.isdisjoint({7}), type(fs.union()).__name__)
