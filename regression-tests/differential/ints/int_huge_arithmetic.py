a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a * b)
print(a + b, a - b)
print(a // 12345, a % 12345)
print(-a // 7, -a % 7)
print(pow(a, 3) // b)
print(a.bit_length(), len(str(b)))
f = 1
for i in range(1, 60):
    f *= i
print(f)
print(f // (2**50))
print(abs(-a) == a, -(-a) == a)
print(10**50 // 10**25 == 10**25)
