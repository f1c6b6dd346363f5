t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(1), t.index("two"))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), (1, 2) + (3,), (0,) * 3)
print(repr((1,)), repr(((),)), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
a, b, c, d = t
print(a, b, c, d)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(()), hash((1, 2, 3)), hash((-1,)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple.__len__((1, 2)), (1, 2).__contains__(2), type((1,) + ()).__name__)
