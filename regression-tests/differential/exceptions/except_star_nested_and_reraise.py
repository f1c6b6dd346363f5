def raiser():
    raise ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")])])

try:
    raiser()
except* ValueError as g:
    print("V", repr(g))
except* TypeError as g:
    print("T", repr(g))

try:
    try:
        raiser()
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised", repr(eg))

try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print("new in handler", repr(eg), repr(eg.exceptions[0].__context__))
