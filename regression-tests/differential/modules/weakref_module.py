import gc
import weakref
# gc.collect() after each del: a tracing-GC runtime may only free objects when collecting;
# CPython frees them at once, so the output is the same either way.
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj("x")
r = weakref.ref(o)
print(r() is o, r().name)
del o
gc.collect()
print(r())
d = weakref.WeakValueDictionary()
a = Obj("a")
d["a"] = a
print(list(d.keys()))
del a
gc.collect()
print(list(d.keys()))
called = []
b = Obj("b")
f = weakref.finalize(b, called.append, "finalized")
del b
gc.collect()
print(called, f.alive)
p = weakref.proxy(Obj("temp")) if False else None
print(p)
