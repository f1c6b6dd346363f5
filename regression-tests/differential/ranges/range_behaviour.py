r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0), list(range(10, 0, -2)), len(range(0, -10, -3)), range(1, 10)[2:100:2])
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
print(range(10**20)[10**19], range(0, 10**20, 7)[-1], 10**19 in range(10**20))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step, list(reversed(range(4))), sum(range(101)))
