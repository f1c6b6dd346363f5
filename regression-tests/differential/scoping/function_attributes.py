def documented(a: int, b: str = "x") -> bool:
    """Docstring here."""
    return True

print(documented.__doc__)
print(documented.__annotations__)
print(documented.__module__)
documented.custom = 3
print(documented.__dict__)

class K:
    def meth(self):
        def inner():
            pass
        return inner
print(K.meth.__qualname__, K().meth().__qualname__)
print(K().meth.__self__.__class__.__name__, K().meth.__func__ is K.meth)
