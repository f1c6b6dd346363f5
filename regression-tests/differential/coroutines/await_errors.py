async def f():
    return 1

async def awaits_int():
    await 5

c = awaits_int()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 42

async def awaits_bad():
    await BadAwait()

try:
    awaits_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

co = f()
print(co.__name__, co.__qualname__)
co.close()
print(type(f).__name__, f.__code__.co_flags & 0x80 != 0)
