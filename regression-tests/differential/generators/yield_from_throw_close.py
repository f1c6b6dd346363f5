def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        print("inner handled ValueError")
        yield "after-handle"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError))
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e)
