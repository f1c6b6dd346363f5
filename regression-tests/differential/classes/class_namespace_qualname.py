class Outer:
    class Inner:
        class Deepest:
            pass
        def method(self):
            pass
    def func(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.method.__qualname__, Outer().func().__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__module__)
print(repr(Outer.Inner.Deepest))
print(repr(Outer).split(" ")[0], str(int), repr(type(None)))
