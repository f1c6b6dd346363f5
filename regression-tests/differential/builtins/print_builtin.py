print()
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=" | ", end=" END\n")
print("x", sep=None, end=None)
print(*range(5))
print(*[], sep="unused")
print("flushed", flush=True)
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
o = Out()
print("to", "object", file=o, sep="+")
print(o.parts)
print("file None goes to stdout", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
print("unicode ✓ €")
