# __slots__ members read and written in loops (the interpreter's attribute caches), then the
# class changes under them: every access must still follow the descriptor rules.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out

def read_y(o):
    try:
        return o.y
    except AttributeError as e:
        return "AttributeError: " + str(e)

ps = [P(i) for i in range(3)]
for _ in range(3):
    print(read_x(ps), read_y(ps[0]))
    for p in ps:
        p.y = p.x * 10
print(read_y(ps[2]))
del ps[1].y
print(read_y(ps[1]))

class Q(P):
    __slots__ = ("z",)
    def __init__(self):
        super().__init__(5)
        self.z = 6
q = Q()
for _ in range(3):
    print(read_x([q, P(7)]), q.z)

# A member of P planted in an unrelated class: the descriptor refuses foreign instances.
class Foreign:
    pass
Foreign.x = P.__dict__["x"]
f = Foreign()
for _ in range(2):
    try:
        f.x = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        f.x
    except TypeError as e:
        print("TypeError", e)

# Replacing the member on the class after the caches are warm.
def store(o, v):
    o.x = v
for i in range(3):
    store(ps[0], i)
print(ps[0].x)
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
store(ps[0], 99)
print(read_x(ps))
del P.x
for o in ps:
    try:
        store(o, 1)
    except AttributeError as e:
        print("AttributeError", e)

# __class__ assignment between layout-compatible slotted classes.
class A:
    __slots__ = ("v",)
class B:
    __slots__ = ("v",)
a = A()
a.v = "from A"
def read_v(o):
    return o.v
for _ in range(3):
    read_v(a)
a.__class__ = B
print(type(a).__name__, read_v(a))
a.v = "now B"
print(read_v(a))
try:
    a.__class__ = P
except TypeError as e:
    print("TypeError", e)

# Same names in another order are the same shape; other names or counts are not.
class C1:
    __slots__ = ("m", "n")
class C2:
    __slots__ = ("n", "m")
class C3:
    __slots__ = ("m", "o")
class C4:
    __slots__ = ("m",)
c = C1()
c.m, c.n = 1, 2
c.__class__ = C2
print(type(c).__name__, c.m, c.n)
for target in (C3, C4):
    try:
        c.__class__ = target
    except TypeError as e:
        print("TypeError", e)
class A: pass
print(list(A.__dict__))
class B:
    "doc"
    x = 1
print(list(B.__dict__))
class C:
    __slots__ = ('__doc__', 'z')
print(list(C.__dict__), C.__doc__)
class E(Exception): pass
print(list(E.__dict__))
class D(dict):
    __slots__ = ('__b', '_a', 'B')
print(list(D.__dict__))
try:
    class X:
        __x = 1
        __slots__ = ('__x',)
except ValueError as e:
    print("ValueError", e)
