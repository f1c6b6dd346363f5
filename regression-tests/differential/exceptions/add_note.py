e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("context added")
        raise
except KeyError as k:
    print(k.__notes__, str(k))
print(hasattr(ValueError(), "__notes__"))
