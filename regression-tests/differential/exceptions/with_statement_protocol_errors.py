class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        pass

for obj in [NoExit(), NoEnter(), 42]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    except AttributeError as e:
        print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise RuntimeError("from exit")

try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
