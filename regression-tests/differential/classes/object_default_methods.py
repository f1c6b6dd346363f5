class Plain:
    pass
p = Plain()
print(p.__eq__(p), p.__eq__(Plain()), p.__ne__(p))
print(p.__lt__(p))
print(Plain.__name__, Plain.__qualname__, Plain.__module__)
print(p.__class__ is Plain, type(p) is Plain)
print(str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"))
print(object.__str__(5), object.__repr__(5)[:13])
print(p.__format__("") == str(p))
try:
    format(p, "d")
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__)
print(sorted(set(dir(p)) - set(dir(object))))
