print(float(), float(1), float("  3.5 "), float("-inf"), float("1e3"), float(True), float(2**60))
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for bad in ["", "1,5", "abc", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
