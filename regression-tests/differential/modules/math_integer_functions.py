import math
print([math.comb(10, k) for k in range(11)])
print(math.factorial(30), math.isqrt(2**100), math.gcd(), math.gcd(0, 0), math.lcm())
print([math.floor(x) for x in (1.5, -1.5, 2.0)], [math.ceil(x) for x in (1.5, -1.5)], math.prod(range(1, 11)) == math.factorial(10))
