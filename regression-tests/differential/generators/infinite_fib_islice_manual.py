def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for n in fib():
    if n > 10000:
        break
    out.append(n)
print(out)
f = fib()
for _ in range(200):
    value = next(f)
print(value)
