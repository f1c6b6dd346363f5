class A:
    def who(self):
        return ["A"]
    @classmethod
    def cls_who(cls):
        return ["A:" + cls.__name__]

class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def cls_who(cls):
        return ["B"] + super().cls_who()

class C(A):
    def who(self):
        return ["C"] + super().who()

class D(B, C):
    def who(self):
        return ["D"] + super().who()

d = D()
print(d.who())
print(D.cls_who())
print(super(B, d).who())
print(super(C, D).who(d))
s = super(D, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
unbound = super(B)
print(type(unbound).__name__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
