def nest(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
deep = nest(100)
print(str(deep)[:20], len(str(deep)))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth(deep))
very = nest(100000)
try:
    repr(very)
    print("repr ok")
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
try:
    very == nest(100000)
    print("compare ok")
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
