print(range(5), range(1, 5), range(1, 10, 3), list(range(-3)), list(range(5, 0, -1)), range(3)[1], range(0, 10, 2)[-1])
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("5")
except TypeError as e:
    print(type(e).__name__, e)
