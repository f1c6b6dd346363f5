def guarded():
    while True:
        try:
            yield "running"
        except ValueError as e:
            print("generator caught", e)
            yield "recovered"

g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))

def fresh():
    yield 1
h = fresh()
try:
    h.throw(RuntimeError, RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
