# Generator-heavy: generator pipelines, generator expressions and yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v

def squares(src):
    for v in src:
        yield v * v

def chain(*sources):
    for s in sources:
        yield from s

total = sum(squares(evens(numbers(18000000))))
total2 = sum(x % 7 for x in chain(numbers(4000000), range(4000000)))
print("checksum", total % 1000000007, total2)
