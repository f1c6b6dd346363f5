class Pause:
    def __await__(self):
        return (yield "paused")

async def task():
    try:
        await Pause()
    except ValueError as e:
        print("task caught", e)
        return "handled"
    finally:
        print("task finally")

c = task()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("value", e.value)

c2 = task()
c2.send(None)
c2.close()
print("closed")

async def simple():
    return 1
c3 = simple()
try:
    c3.send(None)
except StopIteration as e:
    print(e.value)
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
