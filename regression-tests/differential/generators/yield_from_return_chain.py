def leaf(n):
    yield n
    return n * 10

def middle(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b

def top():
    total = yield from middle(1)
    yield f"total={total}"

print(list(top()))

def delegate_to_iterator():
    r = yield from iter([1, 2])
    yield r
print(list(delegate_to_iterator()))
