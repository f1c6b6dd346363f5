d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d)
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
d[-0.0] = "neg zero"
print(d)
print(d[0], d[frozenset([1])], len(d))
try:
    d[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}]
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
e = {nan: 1}
print(e[nan], float("nan") in e)
