for spec in ["", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "=10" if False else "-^7"]:
    print(repr(spec), repr(format("hello", spec)))
try:
    format("s", "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
print(format("ab", "s"), format("ab", "<3s") + "|")
