print(True + 1, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(repr(True), str(False), int(True), float(False))
print(bool(0), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j))
print(isinstance(True, int), issubclass(bool, int), True == 1, hash(True) == hash(1))
print(sum([True, True, False, True]))
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__mro__)
print(f"{True}", f"{True:d}", f"{False:>6}", format(True, "x"), "%d" % True, "%s" % True)
