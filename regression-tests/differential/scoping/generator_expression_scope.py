x = 5
g = (x * i for i in range(3))
x = 100
print(list(g))

def make():
    items = [1, 2, 3]
    gen = (v + 1 for v in items)
    items = [10, 20]
    return list(gen)
print(make())

h = (i for i in range(3))
print(next(h), next(h), list(h))
