data = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(data)), len(set(data)))
seen = set()
ordered_unique = [x for x in data if not (x in seen or seen.add(x))]
print(ordered_unique)
print({x % 4 for x in range(20)}, sorted({w.lower() for w in ["A", "a", "B"]}))
