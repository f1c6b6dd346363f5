cases = ["42", "  -17  ", "+5", "0x1F", "1_000_000", "0b101", "٣", "10" ]
for c in cases:
    try:
        print(repr(c), int(c))
    except ValueError as e:
        print(repr(c), type(e).__name__, e)
print(int("0x1F", 16), int("1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("11", 2))
print(int(3.99), int(-3.99), int(True), int(), int(" 7\n"))
for bad in ["", "1.5", "0x", "1__0", "_1", "08", "12abc"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"123"), int(bytearray(b"-9")))
