print(int(), int(5.9), int("0x10", 16), int("10", 0), int("-10", 8), int(" 12 "), int("١٢"), int(b"7"))
class T:
    def __trunc__(self):
        return 9
class I:
    def __index__(self):
        return 4
print(int(T()), int(I()))
for bad in [("1.0",), ("ten",), ("10", 99), ("",)]:
    try:
        int(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
