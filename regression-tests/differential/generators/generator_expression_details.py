g = (i * 2 for i in range(4))
print(type(g).__name__)
print(g.__next__(), next(g))
print(list(g), list(g))

try:
    (1 / x for x in [1, 0])
    print("created lazily")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(x % 5 for x in range(12)))
print(dict((k, k * k) for k in range(3)))
