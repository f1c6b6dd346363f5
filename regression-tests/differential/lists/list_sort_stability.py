records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3, 1, 2], reverse=False), sorted("zyx"), sorted((2, 1)), sorted({3: "a", 1: "b"}))
mixed = [(1, "b"), (1, "a"), (0, "z")]
mixed.sort()
print(mixed)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], s == sorted(big, reverse=True)[::-1])
