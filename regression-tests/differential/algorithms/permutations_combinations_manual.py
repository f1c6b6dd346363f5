def perms(xs):
    if not xs:
        yield ()
        return
    for i, x in enumerate(xs):
        for rest in perms(xs[:i] + xs[i + 1:]):
            yield (x,) + rest
def combos(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs)):
        for rest in combos(xs[i + 1:], k - 1):
            yield (xs[i],) + rest
print(list(perms("abc")), len(list(perms(list(range(5))))))
print(list(combos([1, 2, 3, 4], 2)), sum(1 for _ in combos(list(range(10)), 3)))
