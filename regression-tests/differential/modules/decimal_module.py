from decimal import Decimal as D, getcontext, ROUND_HALF_UP, localcontext, InvalidOperation
print(D("0.1") + D("0.2"), D(1) / D(7), D("1.30") * 2, D("10.5").quantize(D("1"), rounding=ROUND_HALF_UP), D("2.5").quantize(D("1")))
print(D(0.1), D("1e3"), D("-0"), D("NaN"), D("Infinity") > 10**100, D("1.000").normalize(), D(7).sqrt())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3))
print(getcontext().prec, D("3.14159").as_tuple(), D("12.345").to_integral_value())
try:
    D("abc")
except InvalidOperation as e:
    print(type(e).__name__)
print(sum([D("0.1")] * 10), D("1.1").compare(D("2")), round(D("2.675"), 2))
