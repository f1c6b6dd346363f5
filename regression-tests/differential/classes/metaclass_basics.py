class Meta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        namespace["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, namespace)
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.extra = kwargs
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return f"<class {cls.__name__} via {type(cls).__name__}>"

class Widget(metaclass=Meta, color="red"):
    def __init__(self, n):
        self.n = n

w = Widget(3)
print(w.n, Widget.created_by, Widget.extra, Widget.describe())
print(type(Widget).__name__, isinstance(Widget, Meta), type(w).__name__)
class SubWidget(Widget):
    pass
print(type(SubWidget).__name__, SubWidget.extra)
try:
    w.describe()
except AttributeError as e:
    print(type(e).__name__, e)
