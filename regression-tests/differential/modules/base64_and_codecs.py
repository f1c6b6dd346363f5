import base64, codecs
print(base64.b64encode(b"warden runtime"), base64.b64decode("d2FyZGVu"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"a"))
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.lookup("UTF8").name, codecs.encode("é", "utf-8"))
