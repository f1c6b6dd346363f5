print(chr(65), chr(0x263A), chr(0), repr(chr(10)), ord("A"), ord("☺"), ord(b"A"), ord(bytearray(b"z")), ord("\U0010FFFF"))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: ord(b"ab")]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
