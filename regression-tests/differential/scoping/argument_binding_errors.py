def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))

tests = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, 2, 3, d=4, z=9),
    lambda: f(1, 2, 3, c=3, d=4),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)

def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(1, 2, x=3, y=4))
print(g(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
