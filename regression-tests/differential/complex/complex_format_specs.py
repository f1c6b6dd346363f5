z = 3.14159 - 2.71828j
for spec in ["", ".2f", "10.1f", "<30", "^30.3e", "+.3g", "g", "e", "=^30"]:
    try:
        print(repr(spec), repr(format(z, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(f"{1j:.1f}", f"{complex(1, 0):}", f"{-1j}", f"{complex(0.0, 0.0):+.0f}")
