print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip([1])))
print(list(zip("ab", "cd", strict=True)), dict(zip("ab", "xy")))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
