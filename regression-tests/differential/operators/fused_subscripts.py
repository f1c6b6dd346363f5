# Subscript reads and augmented subscript writes in the shapes the interpreter fuses
# (local[const], c[k] op= v), on lists, tuples, dicts, strs, user classes and error paths.

class Box:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

def reads():
    lst = [1.5, 2.5, 3.5]
    tup = (10, 20, 30)
    d = {"a": 1, 2: "two", (1, 2): "pair"}
    s = "hello"
    b = Box()
    print(lst[0], lst[-1], lst[2], tup[0], tup[-3], d["a"], d[2], d[(1, 2)], s[1], s[-1], b[7])
    big = [0] * 5000
    big[4095] = 9
    print(big[4095], lst[True], tup[False])

def augmented():
    v = [1.0, 2.0, 3.0]
    v[0] -= 0.5; v[1] *= 3; v[2] /= 4; v[-1] += 1
    d = {"k": 1}
    d["k"] += 41
    d["n"] = d.get("n", 0) + 1
    b = Box()
    b[3] += 5
    t = [[1, 2], [3, 4]]
    t[1][0] += 10
    print(v, d, b.data, t)

def errors():
    lst = [1, 2]
    tup = (1,)
    d = {}
    n = 5
    for f in (lambda: lst[5], lambda: tup[-2], lambda: d["missing"], lambda: lst["x"], lambda: n[0]):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)
    try:
        lst[9] += 1
    except IndexError as e:
        print("aug", e)
    try:
        d["nope"] += 1
    except KeyError as e:
        print("aug", repr(e))
    try:
        tup[0] += 1
    except TypeError as e:
        print("aug", e)

reads()
augmented()
errors()

def uncaught():
    values = [1, 2, 3]
    values[7] *= 2

uncaught()
