e = enumerate(["a", "b", "c"], 1)
print(type(e).__name__, next(e), list(e))
print(list(enumerate("xy", start=-1)), list(enumerate(range(0))))
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("ab", 2**70)))
