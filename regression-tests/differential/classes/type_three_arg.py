def method(self):
    return f"value={self.value}"

Dyn = type("Dyn", (object,), {"value": 7, "method": method, "__doc__": "made by type()"})
print(Dyn.__name__, Dyn.__doc__, Dyn().method())
Sub = type("Sub", (Dyn,), {"value": 8})
print(Sub().method(), [c.__name__ for c in Sub.__mro__])
print(type(5), type("s"), type(None), type(type))
try:
    type("Bad", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
print(Dyn.__module__, Dyn.__qualname__)
