def g():
    try:
        yield
    except Exception as e:
        yield type(e).__name__ + ":" + str(e)

for exc in [ValueError("v"), TypeError, KeyError("key")]:
    gen = g()
    next(gen)
    print(gen.throw(exc))

gen = g()
next(gen)
try:
    gen.throw(42)
except TypeError as e:
    print(type(e).__name__, e)
