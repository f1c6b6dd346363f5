for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(1234.5678, -2), round(-0.0), round(0.49999999999999994))
