class A:
    def f(x):
        return x * 2
    f = staticmethod(f)
    @staticmethod
    def g():
        return "g"
print(A.f(2), A().f(3), A.g(), A().g())
sm = staticmethod(len)
print(sm("abc"), type(sm).__name__, sm.__func__ is len)
