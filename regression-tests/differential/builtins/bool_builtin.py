print(bool(), bool(1), bool(0), bool([]), bool([0]), bool({}), bool(set()), bool(range(0)), bool("False"))
print(bool.__name__, bool(True) is True)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
