ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), type(ba[1:3]).__name__, ba[1:3])
ba[1:3] = b"EEEE"
print(ba)
del ba[0:2]
print(ba)
ba.insert(0, 74)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("E"))
print(ba)
ba.reverse()
print(ba, ba.upper(), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
ba.clear()
print(ba, bytearray(b"abc").copy())
for bad in [lambda: bytearray(b"x").__setitem__(0, 256), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append("b")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b"abc")
try:
    hash(b2)
except TypeError as e:
    print(type(e).__name__, e)
print(b2 == b"abc", bytes(b2), b2.decode(), repr(bytearray(b"\x00'")))
b3 = bytearray(b"0123456789")
b3[::2] = b"abcde"
print(b3)
b3[2:8] = b""
print(b3, b3 * 2)
