def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered after RecursionError")

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
