a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 10]))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a >= {1, 2}, a > {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c.add(10)
c.discard(1)
c.discard(100)
c.remove(2)
print(sorted(c), len(c), 3 in c)
c.update([20, 21], {22})
c.intersection_update(range(15))
print(sorted(c))
c.difference_update({3})
c.symmetric_difference_update({4, 99})
print(sorted(c))
print(c.pop() in range(100), len(c))
c.clear()
print(c, set(), set("aab") == {"a", "b"}, {1, 2} == frozenset({1, 2}))
try:
    c.remove(1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
