a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b)
b.append(3)
print(a)
x = [float("nan")]
print(x == x, x[0] == x[0], x.count(x[0]), x.index(x[0]))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
