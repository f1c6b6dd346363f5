a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 in a, 5 not in a, a == [1, 2, 3], a < [1, 3], [] < [0], a != a[:])
print(len(a), min(a), max(a), sum(a), list(reversed(a)), a.__len__())
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
proper = [[0] * 2 for _ in range(2)]
proper[0][0] = 1
print(proper)
a.extend(range(3))
a.extend("ab")
print(a)
print(list(), list("xy"), list((1, 2)), list({"k": 1}), list(range(3)))
s = [3, 4]
s *= 2
print(s)
try:
    [1] * "x"
except TypeError as e:
    print(type(e).__name__, e)
print([1, [2, [3]]] == [1, [2, [3]]], [1, 2] * 0, [1] * -3)
