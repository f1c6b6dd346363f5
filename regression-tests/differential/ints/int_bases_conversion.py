for v in [0, 1, -1, 255, -255, 2**40, 10**20]:
    print(bin(v), oct(v), hex(v))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int("-0b1111", 0), int("  0xdead_beef  ", 16))
try:
    bin(1.5)
except TypeError as e:
    print(type(e).__name__, e)
