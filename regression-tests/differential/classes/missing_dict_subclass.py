class DefaultZero(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0

d = DefaultZero(a=1)
print(d["a"], d["b"], d.get("c", "get ignores missing"), "b" in d)

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["x"]["y"]["z"] = 1
print(tree)

class Raises(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raises()["q"]
except KeyError as e:
    print(repr(e))
