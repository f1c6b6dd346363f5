print(slice(3), slice(1, 3), slice(1, 3, None), slice(None, None, 2))
sl = slice(1, None, 2)
print("abcdefg"[sl], [0, 1, 2, 3, 4][sl], sl.indices(7))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
