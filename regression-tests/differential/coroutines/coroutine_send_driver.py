class Suspend:
    def __await__(self):
        value = yield "suspended"
        return value

async def child(x):
    got = await Suspend()
    return x + got

async def parent():
    a = await child(1)
    b = await child(10)
    return a * b

coro = parent()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send(100))
try:
    coro.send(200)
except StopIteration as e:
    print("result", e.value)
