a = [1, 2]
a.append(a)
print(a, len(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
print(repr([]), repr([[]]), repr([None, "s", 1.0, (1,)]))
