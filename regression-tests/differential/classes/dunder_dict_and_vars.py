class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]

p = P()
print(vars(p), p.__dict__ is vars(p))
p.__dict__["c"] = 3
print(p.c)
p.__dict__ = {"z": 26}
print(p.z, hasattr(p, "a"))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
print("__init__" in dir(p), "a" in dir(p), "z" in dir(p))
