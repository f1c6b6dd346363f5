funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]

print([add(10) for add in make_adders()])

def cell_shared():
    x = 0
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set

g, s = cell_shared()
s(42)
print(g())
