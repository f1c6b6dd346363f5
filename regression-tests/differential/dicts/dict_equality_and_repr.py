print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {} == dict(), {1: [2]} != {1: [3]})
print(repr({"a": [1, {"b": (2, None)}]}), str({1.5: "x", (1,): b"y"}))
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __repr__(self):
        return "K"
print({K(): 1})
print(dict(sorted({"b": 1, "a": 2}.items())))
