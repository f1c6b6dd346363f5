class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.attr = name

class Model:
    id = Field(0)
    title = Field("")

print(Model.id.owner_name, Model.id.attr, Model.title.attr)

class Late:
    pass
f = Field(1)
Late.added = f
print(hasattr(f, "attr"))

class Raising:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Holder:
        r = Raising()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
