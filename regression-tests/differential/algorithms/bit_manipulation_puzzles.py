def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def reverse_bits(n, width=16):
    return int(bin(n)[2:].zfill(width)[::-1], 2)
def gray(n):
    return n ^ (n >> 1)
print([popcount(n) for n in range(17)], reverse_bits(1), reverse_bits(0b1011, 8), [gray(i) for i in range(8)])
print(all(popcount(n) == bin(n).count("1") for n in range(1000)), (2**64 - 1).bit_count())
