m = memoryview(b"abc")
print(type(m).__name__, m[1], m.tobytes(), bytes(m[:2]), list(m), m.tolist() == list(b"abc"))
print(memoryview(bytearray(2)).readonly, memoryview(b"").nbytes)
