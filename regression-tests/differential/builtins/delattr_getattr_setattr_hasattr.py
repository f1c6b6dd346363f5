class Obj:
    cls_level = "c"
o = Obj()
setattr(o, "dynamic", 42)
print(getattr(o, "dynamic"), getattr(o, "missing", "dflt"), hasattr(o, "dynamic"), hasattr(o, "missing"), getattr(o, "cls_level"))
delattr(o, "dynamic")
print(hasattr(o, "dynamic"))
setattr(o, "with space", 1)
print(getattr(o, "with space"), vars(o))
for bad in [lambda: getattr(o, "missing"), lambda: delattr(o, "missing"), lambda: getattr(o, 5), lambda: setattr(o, 5, 1), lambda: hasattr(o)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raiser:
    @property
    def boom(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("hasattr propagates", e)
