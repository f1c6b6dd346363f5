try:
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("remaining:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg))
