class K:
    def m(self, x):
        return (type(self).__name__, x)

k = K()
bm = k.m
print(bm(1), K.m(k, 2))
print(bm.__self__ is k, bm.__func__ is K.m)
print(bm == k.m, bm is k.m)
print(type(bm).__name__, type(K.m).__name__)
try:
    K.m(1)
except TypeError as e:
    print(type(e).__name__, e)
print(K.m(None, 3))
f = K.m.__get__(k, K)
print(f(4))
