print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1j, 2]), sum((x for x in [True, True])))
print(sum([1, 2], start=5), sum([2**70, 2**70]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "x"])
except TypeError as e:
    print(type(e).__name__, e)
