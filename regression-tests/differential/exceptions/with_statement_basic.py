class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Manager("a") as value:
    print("body", value)

with Manager("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Manager("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)

with Manager("outer") as o, Manager("inner") as i:
    print("both", o, i)
