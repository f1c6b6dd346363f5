x = 12345.678901
for spec in ["", "f", ".2f", "10.3f", "<12.1f", "^12.1f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", ".10g", "G",
             "%", ".1%", ",.2f", "_.3f", "012.2f", "#.0f", ".0f", "n", "=+14.2f", "*>15.2f", "x<15g"]:
    print(repr(spec), repr(format(x, spec)))
for v in [0.0, -0.0, 1e-7, 1e16, float("inf"), float("nan"), 0.5, 1.5, 2.5, 123456789.0]:
    print(repr(format(v, "g")), repr(format(v, ".2f")), repr(format(v, "e")), repr(format(v, "")), repr(format(v, ".0f")))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
