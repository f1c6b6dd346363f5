d = {"a": 1}
for key in ["missing", 42, (1, 2), "", None, "quote'd"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", e, "|", e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(3)
except KeyError as e:
    print("set remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
