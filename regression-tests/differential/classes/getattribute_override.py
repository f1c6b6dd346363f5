class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback for {name}"

t = Tracing()
print(t.a)
print(t.missing)
print(t.__class__.__name__)

class Blocker:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
    def __getattr__(self, name):
        return "rescued " + name
print(Blocker().anything)
