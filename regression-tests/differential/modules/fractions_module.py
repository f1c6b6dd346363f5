from fractions import Fraction as F
a = F(1, 3) + F(1, 6)
print(a, repr(a), F(3, 6), F("0.25"), F(1.5), F(-4, 10), a.numerator, a.denominator)
print(F(1, 3) * 3 == 1, F(2, 3) ** 2, F(7, 2) // 1, F(7, 2) % 1, float(F(1, 8)), round(F(7, 2)), F(1, 3) < 0.34)
print(F(0.1).limit_denominator(100), F(355, 113).limit_denominator(10), F(10).as_integer_ratio())
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
