pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 1), (10**20 + 3, 7), (-10**20, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
print(True // True, 7 // 2.0, -7 // 2.0, 7 % -2.5)
