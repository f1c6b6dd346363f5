try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__)
    print(repr(err.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as err:
    print(err.__cause__, repr(err.__context__), err.__suppress_context__)

try:
    raise TypeError("t") from ValueError("v")
except TypeError as err:
    print(repr(err.__cause__), err.__context__)

try:
    raise TypeError("t") from 5
except TypeError as err:
    print(type(err).__name__, err)
