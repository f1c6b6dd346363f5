class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
print(p.count(1))
try:
    p.secret_key
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "secret_x"), getattr(p, "secret_y", "default"))
