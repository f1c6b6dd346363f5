vals = [1j, -1j, 1 + 1j, -0.5 + 2j, complex(0, -0.0), complex(-0.0, 0), complex(1e20, 1e-20), complex(float("inf"), -1)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z == z.conjugate().conjugate())
print((1 + 2j) + 1, (1 + 2j) - 1j, 2 * (3 - 4j), (3 - 4j) / 2, (1 + 1j) ** 2, 1j ** 3, pow(1j, 2), (2 + 0j) ** -1)
print(abs(1 + 1j), abs(complex(3e200, 4e200)), hash(1j) == hash(complex(0, 1)), bool(0j), bool(1e-300j))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
