# cmath: values, branch cuts with signed zeros, special values and errors.
import cmath
import math

def show(label, z):
    print(label, repr(z))

for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    for z in [complex(0.5, 0.25), complex(-2.0, 1.0), complex(3.0, -4.0)]:
        w = f(z)
        print(name, z, round(w.real, 12), round(w.imag, 12))

show("sqrt(-1)", cmath.sqrt(-1))
show("sqrt(-1-0j)", cmath.sqrt(complex(-1.0, -0.0)))
show("sqrt(0)", cmath.sqrt(0j))
show("phase(-1)", cmath.phase(-1))
show("phase(-1-0j)", cmath.phase(complex(-1.0, -0.0)))
show("polar", cmath.polar(complex(3, 4)))
show("rect", cmath.rect(2.0, 0.0))
show("log base", cmath.log(8, 2))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.nan != cmath.nan)
print(repr(cmath.infj), repr(cmath.nanj))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-12j, abs_tol=1e-9))
show("exp(inf)", cmath.exp(complex(math.inf, 0)))
show("exp(-inf)", cmath.exp(complex(-math.inf, 0)))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.exp(complex(1000, 1)),
            lambda: cmath.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
