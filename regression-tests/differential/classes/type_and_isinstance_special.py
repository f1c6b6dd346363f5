class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool

class IntLike(metaclass=Meta):
    pass

print(isinstance(3, IntLike), isinstance("x", IntLike))
print(issubclass(bool, IntLike), issubclass(int, IntLike))
print(isinstance(True, (str, int)), isinstance(1, ()), issubclass(bool, (int, str)))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(IntLike).__name__, type.__name__, type(type) is type, isinstance(type, object), isinstance(object, type))
