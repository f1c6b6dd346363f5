class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

class EqAndHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqAndHash) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s))
print(EqAndHash(2) in s)

class Inherits(EqAndHash):
    pass
print(hash(Inherits(5)) == hash(5))

class ChildEq(EqAndHash):
    def __eq__(self, other):
        return False
print(ChildEq.__hash__)

class Plain:
    pass
a = Plain()
print(hash(a) == hash(a), a == a, a != Plain())

class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone()}
except TypeError as e:
    print(type(e).__name__, e)
