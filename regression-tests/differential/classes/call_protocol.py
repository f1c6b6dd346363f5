class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, value, *, extra=0):
        return value * self.factor + extra

m = Multiplier(3)
print(m(4), m(4, extra=1), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

class CallViaInstanceAttr:
    pass
obj = CallViaInstanceAttr()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)
