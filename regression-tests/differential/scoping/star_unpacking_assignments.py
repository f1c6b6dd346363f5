a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *_ = [9]
print(first, _)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
i = j = k = 0
i += 1
print(i, j, k)
