# Sorting: list.sort / sorted with and without key on ints, strings and tuples.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed

ints = [rand() % 100000 for _ in range(150000)]
strs = [str(v) for v in ints[:80000]]
pairs = [(v % 100, -v) for v in ints[:100000]]
checksum = 0
for _ in range(11):
    a = sorted(ints)
    b = sorted(strs, key=len)
    c = sorted(pairs, reverse=True)
    d = sorted(ints, key=lambda v: (v % 10, v))
    checksum = (checksum + a[777] + len(b[-1]) + c[5][1] + d[12345]) % 1000003
ints.sort()
print("checksum", checksum, ints[0], ints[-1])
