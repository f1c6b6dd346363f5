def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
