def gen(n):
    yield n
    yield from gen(n + 1)
try:
    for v in gen(0):
        pass
except RecursionError as e:
    print(type(e).__name__, "after", v > 100)
f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(500) % 1000003, len(str(fact(500))))
