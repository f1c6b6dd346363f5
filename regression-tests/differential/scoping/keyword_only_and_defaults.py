def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, z=9))
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)

def g(x, /, y):
    return x, y
print(g(1, y=2))
try:
    g(x=1, y=2)
except TypeError as e:
    print(type(e).__name__, e)
