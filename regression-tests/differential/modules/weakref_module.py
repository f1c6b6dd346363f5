import weakref
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj("x")
r = weakref.ref(o)
print(r() is o, r().name)
del o
print(r())
d = weakref.WeakValueDictionary()
a = Obj("a")
d["a"] = a
print(list(d.keys()))
del a
print(list(d.keys()))
called = []
b = Obj("b")
f = weakref.finalize(b, called.append, "finalized")
del b
print(called, f.alive)
p = weakref.proxy(Obj("temp")) if False else None
print(p)
