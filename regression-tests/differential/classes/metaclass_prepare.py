class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))

class Example(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self):
        pass
print(Example.prepared)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
