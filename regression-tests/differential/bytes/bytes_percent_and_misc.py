print(b"%s %d %x %c %r %%" % (b"bytes", 42, 255, 65, b"r"))
print(b"%5s|%-5s|%05d" % (b"ab", b"cd", 7))
print(b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"))
print(b"a\tb".expandtabs(4), b"ab cd".title(), b"hello".capitalize(), b"HeLLo".swapcase())
print(b"x=1".partition(b"="), b"a.b.c".rpartition(b"."), b"line\nnext".splitlines(), b"a b".rsplit(maxsplit=1))
print(b"pre_name".removeprefix(b"pre_"), b"n.txt".removesuffix(b".txt"), b"aXbXc".split(b"X", 1))
print(bytes.fromhex("41").decode(), b"\x41\x42".hex(), int.from_bytes(b"\x01\x00", "little"))
print(b"abc".ljust(5, b"-"), b"abc".rjust(5), b"abc".isascii(), b"\x80".isascii())
