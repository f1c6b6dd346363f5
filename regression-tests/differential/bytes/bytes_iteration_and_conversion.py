data = bytes(range(250, 256)) + b"AZaz09"
print(list(data), [hex(b) for b in data[:3]], data[0], data[-1], data[::3])
print(sum(data), max(data), min(data), sorted(data)[:3], bytes(sorted(b"hello")), bytes(reversed(b"abc")))
print(b"".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"x").join([b"1", b"2"]))
print(b"abc" == bytearray(b"abc"), b"abc" < bytearray(b"abd"), hash(b"") == hash(b""), bytes(5) == b"\x00" * 5)
print(b"%b|%a" % (b"bin", "é"), b"x".isalnum(), bytes.maketrans(b"", b"") == bytes(range(256)))
