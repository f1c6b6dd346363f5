s = "héllo wörld €"
for enc in ["utf-8", "latin-1", "utf-16", "utf-16-be", "utf-32-le", "ascii", "cp1252"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"caf\xe9".decode("latin-1"), b"\xe2\x82\xac".decode(), b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "backslashreplace"))
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("surrogate \udc80".encode("utf-8", "surrogateescape") if False else "skip", b"\xff".decode("utf-8", "surrogateescape") == "\udcff")
