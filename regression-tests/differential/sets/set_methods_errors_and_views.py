s = {1, 2, 3}
print(s.union(), s.intersection(), s.difference(), s.copy() == s, s.copy() is s)
for bad in [lambda: s.add([1]), lambda: s.update(5), lambda: s < [1], lambda: set([1]) <= 5]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2}.isdisjoint([3]), {1, 2}.issubset([1, 2, 3]), set().issuperset(set()), {1} == {1.0}, {0} == {False})
d = {"a": 1, "b": 2}
print(d.keys() - {"a"}, {"a", "c"} & d.keys(), sorted(d.keys() ^ {"c"}), d.keys() <= {"a", "b", "z"})
