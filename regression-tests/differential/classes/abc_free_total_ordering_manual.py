class Ordered:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __eq__(self, o):
        return self.k == o.k
    def __le__(self, o):
        return self < o or self == o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
    __hash__ = None

a, b = Ordered(1), Ordered(2)
print([a < b, a <= b, a > b, a >= b, a == b, a != b])
print(sorted([b, a], reverse=True)[0].k)
