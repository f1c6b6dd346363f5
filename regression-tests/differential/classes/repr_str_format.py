class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return f"Money({self.amount!r})"
    def __str__(self):
        return f"${self.amount:.2f}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{int(self.amount * 100)}c"
        return format(str(self), spec)

m = Money(3.5)
print(m, repr(m), str(m), [m])
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:cents}", f"{m:>10}|")
print("{0} {0!r} {0:cents}".format(m))
print(format(m, "<8") + "|")

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(str(OnlyRepr()), f"{OnlyRepr()}")

class NoFormatSpec:
    pass
try:
    format(NoFormatSpec(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
