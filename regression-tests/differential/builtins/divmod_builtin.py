for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (2**70, 3), (0, 5)]:
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
