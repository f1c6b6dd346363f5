def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq starting {first} with {len(rest)} more"
        case {"name": str(name), **others}:
            return f"named {name} others={sorted(others)}"
        case str() as s if len(s) > 3:
            return "long string " + s
        case None:
            return "none"
        case _:
            return "something else"

for v in [0, -3, 2.5, [1, 2], [1, 2, 3], {"name": "x", "a": 1}, "hello", "hi", None, (4,)]:
    print(describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

for p in [Point(0, 0), Point(1, 0), Point(2, 3)]:
    match p:
        case Point(0, 0):
            print("origin")
        case Point(x, 0):
            print("on x axis at", x)
        case Point(x=x, y=y):
            print("point", x, y)
