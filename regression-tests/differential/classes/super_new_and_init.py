class Base:
    def __new__(cls, *args, **kwargs):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

c = Child(1, 2)
print(c.value, c.extra)
try:
    object.__new__(Child, 1)
    print("object.__new__ extra args allowed when __new__ overridden")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)

class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())
