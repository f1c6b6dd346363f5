for i in range(3):
    pass
print(i)

for i in []:
    pass
print(i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)

for first, *rest in ["xyz", "ab"]:
    print(first, rest)

k = 0
while k < 5:
    k += 1
    if k == 3:
        break
else:
    print("no break")
print(k)

for j in range(2):
    pass
else:
    print("loop finished", j)
