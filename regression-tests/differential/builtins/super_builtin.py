class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super().f()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(C().f(), B().f(), super(C, C()).f())
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(type(super(A, A())).__name__)
