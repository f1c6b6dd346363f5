def f(*args, **kwargs):
    return args, kwargs
print(f(*range(3), *"ab", **{"x": 1}, y=2))
print([*range(2), *[9]], (*"ab",), {*range(3), *[2, 5]} == {0, 1, 2, 5}, {**{"a": 1}, **{"a": 2, "b": 3}})
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
