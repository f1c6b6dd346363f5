# Recursion: deep-ish call trees of small Python functions.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def tree_sum(depth):
    if depth == 0:
        return 1
    return tree_sum(depth - 1) + tree_sum(depth - 1) + depth

print("checksum", fib(36), ackermann(2, 300), tree_sum(22))
