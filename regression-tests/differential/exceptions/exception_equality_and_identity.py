a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a is not b)
print(hash(a) == hash(a))
s = {a, b}
print(len(s))
try:
    raise a
except ValueError as caught:
    print(caught is a)
class E(Exception):
    def __eq__(self, other):
        return isinstance(other, E)
    __hash__ = Exception.__hash__
print(E() == E())
