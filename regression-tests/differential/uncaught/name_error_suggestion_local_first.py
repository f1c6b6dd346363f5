# CPython looks in the frame's variables first, then globals, then builtins: an earlier
# namespace's match wins even when a later one has a closer name.
prnt__ = "a global"


def f():
    prnt_x = 1
    return prnt


f()
