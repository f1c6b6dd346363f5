print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1/3) if False else "skip", 0 ** 0, 10 ** -2)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(2, -1, 7), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(7, 0, 1), pow(7, 123456789, 10**9 + 7))
print((-2) ** 0.5)
