class A:
    def __lt__(self, other):
        return "A.__lt__"
    def __gt__(self, other):
        return "A.__gt__"
    def __le__(self, other):
        return "A.__le__"
    def __ge__(self, other):
        return "A.__ge__"
print(A() < 1, 1 < A(), A() > 1, 1 > A(), A() <= 1, 1 <= A(), 1 >= A())
class Base:
    def __lt__(self, other):
        return "Base.__lt__"
class Derived(Base):
    def __gt__(self, other):
        return "Derived.__gt__ (reflected, subclass first)"
print(Base() < Derived())
