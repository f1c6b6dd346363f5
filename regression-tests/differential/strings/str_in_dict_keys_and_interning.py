a = "hello world"
b = "hello " + "world"
print(a == b, {a: 1}[b], len({a, b}))
keys = ["k" + str(i) for i in range(5)]
d = dict.fromkeys(keys, 0)
print(d, "k3" in d, "k9" in d)
print(sorted(d, reverse=True))
