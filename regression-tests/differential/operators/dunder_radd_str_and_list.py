class Tag:
    def __init__(self, name):
        self.name = name
    def __radd__(self, other):
        return f"{other}<{self.name}>"
    def __add__(self, other):
        return f"<{self.name}>{other}"
print("text" + Tag("b"), Tag("i") + "text", ["x"] + Tag("list") if False else "skip")
class Seq:
    def __radd__(self, other):
        return other + [99]
print([1, 2] + Seq())
