print(list(), list("ab"), list((1,)), list({"a": 1}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1, 2]), tuple("a"), tuple({3: 4}), tuple(range(2)))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
