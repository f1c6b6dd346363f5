b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b.upper(), b.title(), b.split(), b.replace(b"l", b"L"))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"copy"), bytes())
print(repr(b"\x00\x7f\x80\xff'\"\\\t\n"), repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""))
print(b.find(b"o"), b.count(b"o"), b.index(b"w"), b.startswith(b"he"), b.endswith((b"x", b"ld")), 111 in b, b"wor" in b)
print(b.hex(), b.hex(":"), b.hex("-", 4), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  s  ".strip(), b"abc".center(7, b"*"), b"7".zfill(3))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), list(b"abc"), b"ab" * 2, b"a" + b"b")
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".islower(), b"ABC".isupper(), b"a1".isalnum())
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes(-1), lambda: b"x"[5], lambda: bytes.fromhex("zz"), lambda: 300 in b]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), b"abc" < b"abd", b"a" == "a")
