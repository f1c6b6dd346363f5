try:
    try:
        raise ValueError("first")
    except ValueError:
        undefined_function()
except NameError as e:
    print(type(e).__name__, e)
    print("context:", repr(e.__context__))

def cleanup_fails():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("from finally")
try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
