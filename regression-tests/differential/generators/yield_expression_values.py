def echo():
    while True:
        x = yield
        print("echo", x)
        if x == "stop":
            return "stopped"

e = echo()
print(next(e))
e.send(1)
e.send([2, 3])
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)

def two_way():
    got = yield (yield 1) * 2
    yield got

t = two_way()
print(next(t), t.send(10), t.send("last"))
