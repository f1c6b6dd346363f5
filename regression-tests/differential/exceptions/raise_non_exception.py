for thing in [42, "string", object(), None]:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)

class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 42:
        pass
    raise ValueError
except ValueError:
    print("ok: except clause not evaluated")
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
