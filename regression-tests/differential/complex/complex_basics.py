z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2j) ** 2, (1 + 1j) ** 0.5)
print(complex(1, 2), complex("3+4j"), complex("-1.5j"), complex(2), complex(), complex(" 1-2j "))
print(1j, -1j, 0j, complex(-0.0, -0.0), complex(0, -0.0), 1 + 0j, complex(float("inf"), float("nan")))
print(z == 3 + 4j, z == complex(3, 4), 3 == 3 + 0j, hash(3 + 0j) == hash(3))
for bad in ["1+2", "j+1", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(format(z, ".2f"), format(1.5 - 2.25j, ""), format(z, "^20"), f"{z:g}")
print(complex(1e300, 1e300) * 1e10)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod.__name__)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
