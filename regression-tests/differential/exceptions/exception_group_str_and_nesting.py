eg = ExceptionGroup("many", [ValueError("a"), KeyError("b")])
print(str(eg), "|", eg.args)
one = ExceptionGroup("one", [ValueError()])
print(str(one))
print(eg.exceptions[1].args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
class MyGroup(ExceptionGroup):
    pass
mg = MyGroup("mine", [ValueError("x"), TypeError("y")])
m, r = mg.split(ValueError)
print(type(m).__name__, type(r).__name__)
