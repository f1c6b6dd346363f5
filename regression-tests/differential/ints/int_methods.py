n = 1000
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-4).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print(int.__name__, (5).__class__.__name__)
print((6).__add__(1), (6).__radd__(1), (6).__add__(1.0))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x01", "big")).__name__)
