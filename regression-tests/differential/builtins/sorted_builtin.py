print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted({2: 0, 1: 0}))
print(sorted([]), sorted(x % 3 for x in range(6)), sorted([1.5, 1, True, 0]))
try:
    sorted([1, 2], lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
