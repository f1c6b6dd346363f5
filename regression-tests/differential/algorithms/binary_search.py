def bsearch(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 100, 3))
print([bsearch(data, t) for t in [-1, 0, 1, 50, 99, 1000]])
