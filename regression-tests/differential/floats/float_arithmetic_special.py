inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 10**400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(0.0 == -0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0))
print(1e308 * 10, -1e308 * 10)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(5.5 % 2, -5.5 % 2, 5.5 % -2, 5.5 // 2, -5.5 // 2, divmod(5.5, -2))
print(2.0 ** 0.5, (-8.0) ** (1 / 3), 10.0 ** -3, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
