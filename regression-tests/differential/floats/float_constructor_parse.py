for s in ["3.14", "  -2.5e3 ", "inf", "-Infinity", "nAn", "1_000.5", "1e-400", "1e400", ".5", "5.", "0x10"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(True), float(10**20), float(b" 1.5 "))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
