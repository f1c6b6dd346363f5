print("%s and %r" % ("str", "repr"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%5.2s|%-6s|%.1s" % ("abcdef", "ab", "xyz"))
print("%%literal %s" % "x", "%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True))
print("%a" % "héllo", "%i" % 3)
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", 1234567), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
