print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(memoryview(b"mv")))
print(bytes(), bytes(2), bytes(b"ab"), bytes([1, 2]), bytes("é", "latin-1"), bytes(bytearray(b"ba")))
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()))
for bad in [lambda: bytes("x", "bogus"), lambda: bytes(1.5), lambda: bytearray("x"), lambda: bytes([-1])]:
    try:
        bad()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
