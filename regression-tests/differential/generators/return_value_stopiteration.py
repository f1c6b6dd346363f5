def gen():
    yield 1
    return {"answer": 42}

g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print(stop.value, stop.args)

def raises_stop():
    yield 1
    raise StopIteration("inside")

try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

def empty():
    return 5
    yield
print(list(empty()))
