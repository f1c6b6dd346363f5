values = [0, 1, -1, 5, -6, 255, 2**64 - 1, -(2**70)]
for v in values:
    print(v, ~v, v & 0xF0, v | 3, v ^ 0x55, v << 3, v >> 2)
print((-1) >> 100, 1 << 100, (2**100) >> 99)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print((5).bit_length(), (0).bit_length(), (-255).bit_length(), (2**1000).bit_length())
print((255).bit_count(), (-7).bit_count())
