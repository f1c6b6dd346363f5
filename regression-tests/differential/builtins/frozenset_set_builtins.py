print(sorted(set()), sorted(set([3, 1])), sorted(set("bca")), sorted(set(range(3))), sorted(frozenset({2, 1})), frozenset())
print(set({"k": 1}), set((1, 1, 2)))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
