import gc
import weakref
# gc.collect() after each del: a tracing-GC runtime may only free objects when collecting;
# CPython frees them at once, so the output is the same either way.
class Node:
    pass
ws = weakref.WeakSet()
a, b = Node(), Node()
ws.add(a)
ws.add(b)
print(len(ws))
del a
gc.collect()
print(len(ws))
events = []
c = Node()
r = weakref.ref(c, lambda ref: events.append("collected"))
del c
gc.collect()
print(events, r())
