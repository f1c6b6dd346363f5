print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(17, -1), round(1.23456, 3), round(5), round(5.0))
print(type(round(5.5)).__name__, type(round(5.5, 0)).__name__, type(round(5, 0)).__name__)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
