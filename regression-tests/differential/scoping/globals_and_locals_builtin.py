a = 1
b = "two"

def f(x, y=3):
    z = x + y
    return sorted(locals().items())

print(f(1))
g = globals()
print(g["a"], g["b"])
print("f" in g, "__name__" in g, g["__name__"])
g["injected"] = 99
print(injected)
