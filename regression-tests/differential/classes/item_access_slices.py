class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[1], r["a"], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
r[0:5] = "x"
del r[::-1]
s = r[2:8:2]
print(s.start, s.stop, s.step, s.indices(5))

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Seq(self.data[index])
        return self.data[index]
    def __repr__(self):
        return f"Seq({self.data})"
q = Seq("abcdef")
print(q[1:4], q[::-2], q[-1], len(q))
try:
    q[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    Recorder()[0] + object()[0]
except TypeError as e:
    print(type(e).__name__, e)
