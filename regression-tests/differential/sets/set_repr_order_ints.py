print({3, 1, 2}, set(range(10)), {-1, -2, 0}, {100, 1, 10})
s = set()
for v in [10, 5, 8, 1, 32, 64, 7]:
    s.add(v)
print(s, sorted(s))
print({(1, 2), (0, 1)} == {(0, 1), (1, 2)})
print({True, 1, 1.0}, {0, False}, {1, True} == {1})
