class Base:
    @property
    def name(self):
        return "base"
    @property
    def ro(self):
        return 1

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child"
    @Base.ro.setter
    def ro(self, v):
        self._ro = v

c = Child()
print(c.name, Base().name)
c.ro = 5
print(c._ro, c.ro)

class P:
    x = property()
try:
    P().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
