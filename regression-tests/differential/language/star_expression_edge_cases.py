print(*[1, 2], sep="")
print(*"abc", *[], *(), sep="-")
a, *b = "x"
print(a, b)
*a, = [1, 2]
print(a)
print([*{"k": 1, "j": 2}], {*()})
def g():
    return *range(2), 5
print(g())
for i, *_ in [(1, 2, 3)]:
    print(i, _)
