import weakref
class Node:
    pass
ws = weakref.WeakSet()
a, b = Node(), Node()
ws.add(a)
ws.add(b)
print(len(ws))
del a
print(len(ws))
events = []
c = Node()
r = weakref.ref(c, lambda ref: events.append("collected"))
del c
print(events, r())
