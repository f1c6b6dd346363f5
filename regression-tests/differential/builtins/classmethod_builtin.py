class A:
    def f(cls, x):
        return cls.__name__, x
    f = classmethod(f)
class B(A):
    pass
print(A.f(1), B.f(2), B().f(3))
cm = classmethod(len)
print(type(cm).__name__, cm.__func__ is len)
