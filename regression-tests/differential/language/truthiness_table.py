values = [0, 1, -1, 0.0, 0.1, 0j, "", " ", [], [[]], (), {}, set(), frozenset(), range(0), b"", bytearray(), None, ..., NotImplemented if False else True]
print([bool(v) for v in values])
print([v for v in values if v][:5])
