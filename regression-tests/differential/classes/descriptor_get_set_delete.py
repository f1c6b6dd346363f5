class Logged:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class Thing:
    size = Logged()
    color = Logged()

t = Thing()
print(t.size)
t.size = 10
print(t.size)
del t.size
print(t.size)
print(type(Thing.size).__name__)
