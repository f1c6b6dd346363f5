d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k].upper()
print(d)
for k in list(d):
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
