class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
    def __gt__(self, other):
        print("B.__gt__")
        return "B says greater"

print(A() == B())
print(A() != B())
print(A() < B())
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
class SubB(B):
    def __eq__(self, other):
        print("SubB.__eq__ first")
        return True
print(B() == SubB())
