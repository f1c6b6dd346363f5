d = {}
for i in range(1000):
    d[i] = i * 2
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
for i in range(1000, 1010):
    d[i] = 0
print(list(d)[-12:])
d2 = {str(i): i for i in range(100)}
print(sum(d2.values()), sorted(d2)[:5])
