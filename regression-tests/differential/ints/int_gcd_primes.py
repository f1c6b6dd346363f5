def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2**100, 6**50))
sieve = [True] * 200
sieve[0] = sieve[1] = False
for i in range(2, 15):
    if sieve[i]:
        for j in range(i * i, 200, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print(primes)
print(len(primes), sum(primes))
