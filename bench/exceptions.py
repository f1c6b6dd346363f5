# Exceptions: raising and catching in loops, try/finally, and custom exception classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i

caught = 0
finals = 0
codes = 0
for i in range(3000000):
    try:
        try:
            risky(i)
        finally:
            finals += 1
    except AppError as e:
        caught += 1
        codes += e.code % 7
    except KeyError:
        caught += 2
d = {}
misses = 0
for i in range(2000000):
    try:
        d[i]
    except KeyError:
        misses += 1
print("checksum", caught, finals, codes, misses)
