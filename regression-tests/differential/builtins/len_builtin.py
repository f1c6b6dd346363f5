print(len(""), len("abc"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"xy"), len(bytearray(3)), len(memoryview(b"abcd")))
print(len(frozenset()), len({}.keys()), len(range(0, 100, 7)))
for bad in [5, None, iter([]), 1.0]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
