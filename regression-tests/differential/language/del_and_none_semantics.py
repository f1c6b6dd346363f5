x = [1, 2, 3, 4]
del x[0]
del x[-1]
print(x)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
obj = type("O", (), {})()
obj.attr = 1
del obj.attr
print(hasattr(obj, "attr"))
d = {"k": {"nested": 1}}
del d["k"]["nested"]
print(d)
print(None is None, type(None)() is None, None.__class__.__name__, repr(None), str(None), bool(None))
