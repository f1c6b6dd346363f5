it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)

e = StopIteration(5, 6)
print(e.value, e.args)
e = StopIteration()
print(e.value)
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
