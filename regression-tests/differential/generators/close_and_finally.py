def resource():
    try:
        print("open")
        yield 1
        yield 2
    finally:
        print("cleanup")

g = resource()
print(next(g))
g.close()
print("closed")
g.close()

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

k = catches_exit()
next(k)
k.close()
print(list(k))
