class Base:
    def hello(self):
        return "base hello"

class Derived(Base):
    pass

d = Derived()
print(d.hello())
Base.hello = lambda self: "patched hello"
print(d.hello())
Derived.hello = lambda self: "derived hello"
print(d.hello())
del Derived.hello
print(d.hello())
Derived.__bases__ = (object,) if False else Derived.__bases__
d.__class__ = Base
print(type(d).__name__)
class Other:
    __slots__ = ("x",)
try:
    d.__class__ = Other
except TypeError as e:
    print(type(e).__name__, e)
