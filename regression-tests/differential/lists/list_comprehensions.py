print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() if c in "aeiou" else c for c in "education"])
print([v for row in [[1, 2], [3], []] for v in row])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print({x % 3: x for x in range(10)}, {c for c in "hello"} == set("helo"))
