a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 99
print(i, lst)
p = q = 5
p += 1
print(p, q)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)
(a1, b1), c1 = "xy", "z"
print(a1, b1, c1)
