class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

i = Idx(2)
print([10, 20, 30][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(Idx(255)), oct(Idx(8)))
print(range(10)[i], operator_like := (5).__index__())
print(int(Idx(7)) if hasattr(int, "__index__") else None)
print("ab" * Idx(3), [0] * Idx(2))
class NotIdx:
    pass
try:
    [1, 2][NotIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5, Idx(0)) if False else "skip")
