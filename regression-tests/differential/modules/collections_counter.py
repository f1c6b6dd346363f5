from collections import Counter
c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2), c["z"], c.total())
c.update("aaz")
c.subtract({"a": 2})
print(sorted(c.items()))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=2) & Counter(a=1), Counter(a=1) | Counter(a=4))
print(sorted(Counter([1, 1, 2]).elements()), repr(Counter(x=1)))
