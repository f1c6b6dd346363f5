for v in [0, 5, -5, 255, 2**65]:
    print(bin(v), oct(v), hex(v))
for f in (bin, oct, hex):
    try:
        f(1.0)
    except TypeError as e:
        print(type(e).__name__, e)
