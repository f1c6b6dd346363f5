for v in [15, 25, 35, -15, -25, 1234, 1250, 1350]:
    print(v, round(v, -1), round(v, -2), round(v), round(v, 2), type(round(v, -1)).__name__)
print(round(10**30 + 5 * 10**9, -10))
print(round(5, -1), round(-5, -1), round(15, -1))
