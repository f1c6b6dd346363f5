# Calls and closures: keyword arguments, defaults, *args, closures and bound methods.
def make_adder(n):
    def add(x, y=1):
        return x + y + n
    return add

class Counter:
    def __init__(self):
        self.total = 0
    def bump(self, amount=1, *, scale=1):
        self.total += amount * scale
        return self.total

def variadic(*args, **kwargs):
    return len(args) + len(kwargs)

add5 = make_adder(5)
c = Counter()
acc = 0
for i in range(5400000):
    acc = (acc + add5(i) + add5(i, y=2) + variadic(i, i, k=i)) % 1000003
    c.bump(i % 3, scale=2)
print("checksum", acc, c.total)
