def inner():
    received = yield "inner-1"
    print("inner received", received)
    yield "inner-2"
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer-done"

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "end"))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def from_iterables():
    yield from "ab"
    yield from (1, 2)
    yield from {"k": 1}
print(list(from_iterables()))
