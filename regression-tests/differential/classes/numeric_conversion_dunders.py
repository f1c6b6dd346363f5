class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __index__(self):
        return 9
    def __round__(self, ndigits=None):
        return f"rounded {ndigits}"
    def __trunc__(self):
        return 4
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"

n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), hex(n))
class OnlyIndex:
    def __index__(self):
        return 3
print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", complex(OnlyIndex()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
