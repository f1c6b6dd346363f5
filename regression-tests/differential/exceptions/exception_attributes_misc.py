e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
try:
    b"\x80abc".decode("utf-8")
except UnicodeDecodeError as err:
    print(err)
try:
    "snow \u2603".encode("ascii")
except UnicodeEncodeError as err:
    print(err)
    print(err.start, err.end, repr(err.object))
se = SystemExit(3)
print(se.code, se.args)
print(SystemExit().code, SystemExit(1, 2).code)
ie = ImportError("msg", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
ae = AttributeError("x", name="n", obj=5)
print(ae.name, ae.obj)
ne = NameError("y", name="zz")
print(ne.name)
