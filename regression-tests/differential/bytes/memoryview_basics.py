data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], bytes(mv[1:3]), mv.tobytes(), mv.tolist(), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
print(bytes(sub), sub.obj is data)
ro = memoryview(b"xyz")
print(ro.readonly, ro.hex(), ro == b"xyz", bytes(ro[::-1]))
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as m:
    print(m.tobytes())
print(memoryview(b"ab").cast("B").tolist(), list(memoryview(b"\x01\x02")))
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
