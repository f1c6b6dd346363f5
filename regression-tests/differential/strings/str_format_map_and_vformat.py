class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} has {count} {thing}".format_map(Defaulting(name="Ann", count=3)))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{a}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
class Obj:
    x = 5
    items = ["first", "second"]
print("{0.x} {0.items[1]}".format(Obj()))
try:
    "{0.missing}".format(Obj())
except AttributeError as e:
    print(type(e).__name__, e)
