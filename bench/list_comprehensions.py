# List comprehensions, slicing, and built-in reductions over lists.
total = 0
for r in range(900):
    data = [i * r % 1013 for i in range(20000)]
    evens = [v for v in data if v % 2 == 0]
    pairs = [(a, b) for a, b in zip(data[::2], data[1::2]) if a < b]
    matrix = [[(i + j) % 7 for j in range(30)] for i in range(30)]
    total = (total + sum(evens) + len(pairs) + sum(map(sum, matrix)) + max(data)) % 1000003
print("checksum", total)
