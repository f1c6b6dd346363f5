print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(-(2**100)), abs(True), abs(float("-inf")))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
