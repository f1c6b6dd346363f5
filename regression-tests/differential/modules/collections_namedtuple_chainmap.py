from collections import namedtuple, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([3, 4]))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4
print(cm.maps[0])
