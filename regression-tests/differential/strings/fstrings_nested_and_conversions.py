class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
    def __format__(self, spec):
        return f"fmt-R[{spec}]"
r = R()
print(f"{r}", f"{r!r}", f"{r!s}", f"{r:xyz}", f"{r!r:>6}", f"{r!s:*<8}")
value = 12.5
fmt = ".1f"
print(f"{value:{fmt}}", f"{value:{'>'}{10}}")
print(f"{f'{value}'}", f"{'{'}", f"{'}'}")
print(f"{3:{'0'}{4}}")
print(f"{[x * 2 for x in range(3)]}", f"{ {'a': 1}['a'] }", f"{(1, 2)}")
print(f"{None}", f"{True}", f"{b'x'}", f"{1j}")
