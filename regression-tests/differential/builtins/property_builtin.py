class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        del self._x
    x = property(getx, setx, delx, "the x property")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.x.fget.__name__, type(C.x).__name__)
del c.x
print(hasattr(c, "_x"))
p = property(fget=lambda s: 1, doc="doc")
print(p.__doc__, p.fset)
print(property().getter(lambda s: 2).fget(None))
