o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), object.__bases__, object.__base__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(len([n for n in dir(object) if n.startswith("__")]) > 20)
