class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
print(-U(), +U(), ~U())
print(-5, +5, ~5, -0.0, +(-0.0), -(1 + 2j), ~True, -True)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
