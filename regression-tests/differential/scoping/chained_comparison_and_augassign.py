x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)

class Box:
    def __init__(self):
        self.items = [1]
b = Box()
b.items += [2]
print(b.items)
d = {"k": 1}
d["k"] += 10
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
