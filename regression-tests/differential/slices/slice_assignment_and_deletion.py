a = list(range(10))
a[2:5] = []
print(a)
a[:0] = ["start"]
a[len(a):] = ["end"]
print(a)
a[1::3] = ["X"] * len(a[1::3])
print(a)
del a[::2]
print(a)
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
del b[::2]
print(b)
s = slice(-3, None)
print(list(range(10))[s], "abcdef"[s], s.indices(4))
class Recorder:
    def __getitem__(self, item):
        return item
print(Recorder()[::], Recorder()[1:], Recorder()[:2:], Recorder()[::-1])
