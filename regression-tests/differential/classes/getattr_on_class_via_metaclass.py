class Meta(type):
    def __getattr__(cls, name):
        return f"meta provides {name}"
class C(metaclass=Meta):
    real = 1
print(C.real, C.virtual)
try:
    C().virtual
except AttributeError as e:
    print(type(e).__name__, e)
class MetaProp(type):
    @property
    def size(cls):
        return len(cls.__name__)
class LongName(metaclass=MetaProp):
    pass
print(LongName.size, hasattr(LongName(), "size"))
