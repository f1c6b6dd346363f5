class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", None)
    __hash__ = None
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(1) == 1, 1 == OnlyEq(1))
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, Weird() != 1)
print([Weird()] == [Weird()])
print(Weird() in [1, 2])
x = float("nan")
print(x == x, [x] == [x], x in [x])
