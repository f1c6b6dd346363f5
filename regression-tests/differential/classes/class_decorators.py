def register(cls):
    cls.registered = True
    return cls

def add_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

print(Pt(1, "b"), Pt.registered)

def replace_with_function(cls):
    return lambda: "replaced " + cls.__name__

@replace_with_function
class Gone:
    pass
print(Gone())
