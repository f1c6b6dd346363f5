print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1e3, 1E-3, 1.5j, 3.14e+2, .5, 5., 0.0, 00, 1_0.0_1)
print(type(1e3).__name__, type(10).__name__, type(1j).__name__)
print(0xFFFFFFFFFFFFFFFFFFFF, 1e309, -1e309, 1e-330)
print(123456789 * 987654321, 2 ** 64, -2 ** 63)
