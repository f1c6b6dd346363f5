import struct, binascii
packed = struct.pack("<ihd", -2, 7, 1.5)
print(packed, struct.unpack("<ihd", packed), struct.calcsize("<ihd"), struct.calcsize("ihd"))
print(struct.pack(">I", 0xDEADBEEF), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.pack("3s?", b"abcd", True))
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("41ff"), binascii.crc32(b"warden"), binascii.b2a_base64(b"hi"))
try:
    struct.pack("b", 300)
except struct.error as e:
    print(type(e).__name__, e)
