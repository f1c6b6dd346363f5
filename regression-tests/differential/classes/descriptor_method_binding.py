class Func:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: ("bound to", type(obj).__name__, a)

class Host:
    f = Func()
print(Host().f(1, 2))
print(isinstance(Host.f, Func))

def plain(self, x):
    return x * 2
Host.g = plain
print(Host().g(21))
bound = plain.__get__(Host(), Host)
print(bound(5), type(bound).__name__)
print(len.__self__.__name__ if hasattr(len, "__self__") else None, type(len).__name__)
