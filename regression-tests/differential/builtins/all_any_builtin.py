print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
def noisy(values):
    for v in values:
        print("yield", v)
        yield v
print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
