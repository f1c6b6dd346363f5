try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        raise OSError("a")
    finally:
        pass
except OSError as e:
    print(e.__context__)

def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as inner:
            return inner
r = nested()
print(repr(r), repr(r.__context__))
