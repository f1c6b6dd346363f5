def numbers():
    n = 0
    while True:
        yield n
        n += 1

def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v

def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v

print(list(take(6, evens(numbers()))))
squares = (x * x for x in take(5, numbers()))
print(sum(squares), sum(squares))
print(max(x for x in [3, 9, 2]), min((len(s) for s in ["ab", "c"]), default=0))
