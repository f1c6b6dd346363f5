# Int-heavy: machine-size integer arithmetic in tight loops, plus a little big-int work.
def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 300000), key=collatz_length)
total = 0
for i in range(1, 2000000):
    total = (total + i * i ^ (i >> 3)) % 1000000007
big = 1
for i in range(1, 1500):
    big *= i
print("checksum", best, total, big % 1000000007, big.bit_length())
