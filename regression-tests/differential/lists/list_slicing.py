a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-100:100], a[5:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 101]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[::3]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[5:] = [9]
print(c)
c[-1:] = []
print(c, c[slice(1, None)], c[slice(None)])
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
