print(None, True, False, Ellipsis, ..., NotImplemented, __debug__)
print(type(...).__name__, type(NotImplemented).__name__, type(None).__name__, Ellipsis is ...)
print(__name__, __doc__)
print(type(__builtins__).__name__)
try:
    None.__class__()
    print("NoneType() returns", repr(type(None)()))
except TypeError as e:
    print(type(e).__name__, e)
