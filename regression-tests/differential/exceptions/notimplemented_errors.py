class Abstractish:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

try:
    Abstractish().area()
except NotImplementedError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(repr(NotImplemented), type(NotImplemented).__name__, bool(NotImplemented) if False else "skip-bool")
print(NotImplemented == NotImplemented)
