def lcs(a, b):
    memo = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        key = (i, j)
        if key not in memo:
            if a[i] == b[j]:
                memo[key] = a[i] + go(i + 1, j + 1)
            else:
                x, y = go(i + 1, j), go(i, j + 1)
                memo[key] = x if len(x) >= len(y) else y
        return memo[key]
    return go(0, 0)
print(lcs("ABCBDAB", "BDCABA"), lcs("AGGTAB", "GXTXAYB"), repr(lcs("abc", "xyz")))
