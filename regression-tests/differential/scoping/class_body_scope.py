x = "global x"

class C:
    x = "class x"
    y = x + " seen in body"
    def method(self):
        return x
    z = [x for _ in range(1)]

print(C.y)
print(C().method())
print(C.z)

class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [n * 2 for n in items]

print(D.total, D.doubled)

def func():
    v = "function local"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner

print(func().w, func()().get())
