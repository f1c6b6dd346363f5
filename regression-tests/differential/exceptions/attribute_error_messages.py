class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

tests = [
    lambda: Plain().missing,
    lambda: Plain.missing,
    lambda: Slotted().a,
    lambda: setattr(Slotted(), "b", 1),
    lambda: (5).real_part,
    lambda: "s".upperr(),
    lambda: None.x,
    lambda: setattr(5, "x", 1),
    lambda: delattr(Plain(), "nope"),
    lambda: setattr(object(), "y", 2),
    lambda: type.mro.x,
    lambda: [].append.__self__.zzz,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
err = None
try:
    Plain().foo
except AttributeError as e:
    err = e
print(err.name, type(err.obj).__name__)
