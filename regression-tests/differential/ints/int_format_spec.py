n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", "010d", "+d", " d", ",", "_", "_x", "x", "X", "#x", "#o", "#b", "b", "o", "e", ".2f", "%", "c", "n", "=+12,"]:
    if spec == "c":
        print(spec, repr(format(65, spec)))
    else:
        print(spec, repr(format(n, spec)))
print(format(-42, "08d"), format(-42, "x"), format(-255, "#X"))
for bad in ["s", ".2d", ",b"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
