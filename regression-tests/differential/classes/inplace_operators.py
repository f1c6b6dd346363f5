class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        self.items.remove(other)
        return self
    def __imul__(self, n):
        self.items *= n
        return self

a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is ref)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)

class ReturnsOther:
    def __iadd__(self, other):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)

class NotImpl:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
lst = [1]
alias = lst
lst += (2, 3)
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
for op in ["x = 1; x @= 2", "y = 'a'; y -= 'b'"]:
    try:
        exec(op)
    except TypeError as e:
        print(type(e).__name__, e)
