# sum/min/max consume their iterable lazily, calling key= between the iterator's steps, and
# sum's unboxed int/float runs give the same values and types as plain +.

def noisy(items):
    for x in items:
        print("yield", x)
        yield x

def key(x):
    print("key", x)
    return -x

print(max(noisy([3, 1, 2]), key=key))
print(min(noisy([3, 1, 2]), key=key))
print(max(noisy([])  , default="empty"))

# The first of equal elements wins.
pairs = [(1, "a"), (3, "b"), (3, "c"), (1, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))

# An exception from the iterator after some items propagates from max.
def failing():
    yield 1
    yield 2
    raise ValueError("stop here")
try:
    max(failing())
except ValueError as e:
    print("ValueError", e)

# sum: result types and overflow out of machine-size ints.
big = 2 ** 62
cases = [
    ([], 0), ([], True), ([True, True], 0), ([1, 2, 3], 0), ([big, big, big], 0),
    ([big, big, -big], 0), ([-big, -big, -big, -big, -big], 0), ([1, 2.5], 0),
    ([0.1] * 10, 0), ([0.5, 2 ** 70, 1], 0), ([1e308, 1e308, -1e308], 0),
    ([1, 2], 0.0), ([-0.0], -0.0), ([-0.0], 0), ([1.5, 2], True), ([1j, 2], 0),
    ([2 ** 100, -(2 ** 100), 5], 0), ([True, 2.5], False), ([1, 2], 2 ** 64),
]
for items, start in cases:
    r = sum(items, start)
    print(repr(r), type(r).__name__)

class Meters:
    def __init__(self, v): self.v = v
    def __radd__(self, other):
        print("radd", other)
        return Meters(other + self.v)
    def __add__(self, other):
        return Meters(self.v + (other.v if isinstance(other, Meters) else other))
print(sum([1, 2, Meters(10), 4]).v)
print(sum([1.5, Meters(1), 2]).v)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1.5, None])
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
print(sum(x * x for x in range(10 ** 4)), sum(float(x) for x in range(1000)))
