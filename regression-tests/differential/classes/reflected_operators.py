class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __radd__(self, other):
        print("radd", other)
        return Num(other + self.v)
    def __rsub__(self, other):
        return Num(other - self.v)
    def __rtruediv__(self, other):
        return Num(other / self.v)
    def __rfloordiv__(self, other):
        return Num(other // self.v)
    def __rmod__(self, other):
        return Num(other % self.v)
    def __rpow__(self, other):
        return Num(other ** self.v)
    def __rlshift__(self, other):
        return Num(other << self.v)
    def __rand__(self, other):
        return Num(other & self.v)
    def __ror__(self, other):
        return Num(other | self.v)
    def __rxor__(self, other):
        return Num(other ^ self.v)
    def __rdivmod__(self, other):
        return divmod(other, self.v)

n = Num(3)
print(10 + n, 10 - n, 9 / n, 10 // n, 10 % n, 2 ** n, 1 << n, 6 & n, 4 | n, 5 ^ n, divmod(10, n))
print(sum([Num(1)]))

class Sub(int):
    def __radd__(self, other):
        return "Sub.__radd__ wins"
    def __add__(self, other):
        return "Sub.__add__"
print(1 + Sub(2), Sub(2) + 1)
