def f():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return again

print(repr(f()))

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def handler():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    handler()
except KeyError as e:
    print("re-raised", repr(e))
