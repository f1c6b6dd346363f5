import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)
s = json.dumps({"p": Point(1, 2)}, cls=PointEncoder)
print(s)
def hook(d):
    return Point(*d["__point__"]) if "__point__" in d else d
back = json.loads(s, object_hook=hook)
print(type(back["p"]).__name__, back["p"].x)
print(json.dumps(Point(3, 4), default=lambda o: vars(o)))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1,2]', parse_int=lambda s: int(s) * 10))
