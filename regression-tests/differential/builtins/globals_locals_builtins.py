module_level = "m"
def show():
    inner = 1
    l = locals()
    return sorted(l)
print(show())
print("module_level" in globals(), globals()["__name__"], "show" in globals())
print(locals() is globals())
def modify():
    x = 1
    locals()["x"] = 2
    return x
print(modify())
class K:
    a = 1
    names = sorted(locals())
print(K.names)
print(type(globals()["__builtins__"]).__name__)
