print(dict(), dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, extra=True), dict.fromkeys("ab", 0))
print(dict(zip("abc", range(3))), dict([["l", "ist"]]), dict(((1, 2),)))
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
