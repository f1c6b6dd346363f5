class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["z"], len(c))
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
l = Lower()
l["ABC"] = 1
l.update({"DEF": 2})
print(l)
print(type(c.copy()).__name__, isinstance(c, dict))
