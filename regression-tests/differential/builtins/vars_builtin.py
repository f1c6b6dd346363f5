class C:
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(C()), sorted(k for k in vars(C) if not k.startswith("__")))
def f():
    x = 1
    return vars()
print(f())
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
