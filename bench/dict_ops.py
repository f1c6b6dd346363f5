# Dict-heavy: insertion, lookup, update, deletion, iteration with int and str keys.
def workload():
    table = {}
    for i in range(200000):
        table[i] = i * 2
    hits = 0
    for i in range(0, 400000, 3):
        if i in table:
            hits += table[i]
    for i in range(0, 200000, 2):
        del table[i]
    names = {}
    for i in range(100000):
        key = "k" + str(i % 5000)
        names[key] = names.get(key, 0) + i
    merged = {}
    for k, v in names.items():
        merged[v % 97] = merged.get(v % 97, 0) + 1
    return hits, len(table), sum(table.values()) % 1000003, len(names), sorted(merged.items())[:3]

results = [workload() for _ in range(36)]
print("checksum", results[0], len(set(map(repr, results))))
