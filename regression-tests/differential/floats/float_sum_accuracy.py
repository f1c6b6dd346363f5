vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total)
print(sum([1e100, 1.0, -1e100, 1.0]))
print(sum(x / 7 for x in range(100)))
mean = sum([2.5, 3.5, 10.25]) / 3
print(mean, round(mean, 3))
