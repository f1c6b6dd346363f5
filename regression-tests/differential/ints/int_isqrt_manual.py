def isqrt(n):
    if n < 0:
        raise ValueError("negative")
    x, y = n, (n + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x

for n in [0, 1, 15, 16, 17, 10**20, 2**127 - 1, 10**100 + 7]:
    r = isqrt(n)
    print(n if n < 10**30 else "big", r if r < 10**30 else r % 10**9, r * r <= n < (r + 1) ** 2)
