from fractions import Fraction
h = sum(Fraction(1, n) for n in range(1, 21))
print(h, float(h), h.limit_denominator(1000))
print(Fraction(3, 4) + 0.25, type(Fraction(1, 2) + 1).__name__, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
