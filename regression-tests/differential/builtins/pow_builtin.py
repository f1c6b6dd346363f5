print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(3, 4, 5), pow(-7, 2, 5), pow(5, -1, 7), pow(2, 100, 10**9))
print(pow(base=2, exp=5), pow(3, 3, mod=10))
try:
    pow(2, 2, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(0, 0), pow(0.0, 0), pow(-8, 1/3).real > 0)
