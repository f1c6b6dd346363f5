total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
digits = [int(d) for d in str(2 ** 100)]
print(sum(digits), len(digits))
print([i for i in range(2, 60) if all(i % p for p in range(2, int(i ** 0.5) + 1))])
