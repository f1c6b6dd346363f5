print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))), isinstance([], object))
print(issubclass(bool, int), issubclass(int, int), issubclass(int, (str, object)), issubclass(ValueError, Exception))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object))
print(isinstance(list[int], type), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None))
