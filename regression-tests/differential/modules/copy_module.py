import copy
orig = {"list": [1, [2, 3]], "t": (1, [4])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
print(sh["list"], dp["list"], sh["list"] is orig["list"], dp["t"][1] is orig["t"][1])
class C:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        print("custom copy")
        n = C()
        n.items = self.items
        return n
c = C()
c2 = copy.copy(c)
print(c2.items is c.items)
r = [1]
r.append(r)
d = copy.deepcopy(r)
print(d[1] is d, d is not r)
