print(format(5), format(5, "03"), format(3.14159, ".2f"), format("s", ">3"), format([1], ""), format(None), format(1j, ""))
class X:
    def __format__(self, spec):
        return "spec=" + repr(spec)
print(format(X()), format(X(), "abc"))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
