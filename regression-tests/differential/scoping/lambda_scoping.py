x = 10
f = lambda y: x + y
print(f(5))
x = 20
print(f(5))

compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: (yield))().__class__.__name__)
print(f.__name__)
