import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(10**20 + 1), math.factorial(25), math.gcd(48, 180, 12), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2), math.exp(1), math.pow(2, 0.5), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 12), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.nextafter(1.0, 2.0), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
