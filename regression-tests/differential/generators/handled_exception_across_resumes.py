# The exception being handled (what a bare `raise` re-raises) belongs to each frame: a generator
# resumed from inside an except block, by natives (sum, list, next) or by for loops, sees its
# own handled exception, and its caller's is restored when it yields.

def reraiser():
    while True:
        try:
            yield "plain"
            raise
        except RuntimeError as e:
            yield "no active exception: " + str(e)

def holder():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "inside handler"
        yield "still inside"
        try:
            raise
        except KeyError as e:
            yield "re-raised " + repr(e)

g = reraiser()
print(next(g), next(g))
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    try:
        next(g)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
    # The caller's exception is still the one being handled here.
    try:
        raise
    except ValueError as e:
        print("caller still handles", e)

h = holder()
try:
    raise IndexError("caller's")
except IndexError:
    print(next(h))
    try:
        raise
    except IndexError as e:
        print("caller handles", repr(e))
print(list(h))

def counting(n):
    for i in range(n):
        try:
            raise ZeroDivisionError(i)
        except ZeroDivisionError:
            yield i

for attempt in range(2):
    try:
        raise TypeError("loop")
    except TypeError:
        print(sum(counting(5)), [x * 2 for x in counting(3)])
        try:
            raise
        except TypeError as e:
            print("after natives", e)

def nested():
    yield from holder()

for item in nested():
    print("for:", item)
try:
    raise
except RuntimeError as e:
    print("at module level:", e)
