print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.0).hex(), (0.1).hex(), (-0.0).hex(), (3.5).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print((2.5).conjugate(), (2.5).real, (2.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print(float.__getformat__("double"))
