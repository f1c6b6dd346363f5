from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN
prices = [Decimal("19.995"), Decimal("0.125"), Decimal("2.675"), Decimal("-1.005")]
for p in prices:
    print(p, p.quantize(Decimal("0.01"), ROUND_HALF_EVEN), p.quantize(Decimal("0.01"), ROUND_HALF_UP), p.quantize(Decimal("0.01"), ROUND_DOWN))
total = sum(prices, Decimal(0))
print(total, f"{total:.2f}", f"{Decimal('1234567.891'):,.2f}", Decimal("1") / Decimal("3") * 3)
