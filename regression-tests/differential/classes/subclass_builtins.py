class MyList(list):
    def sum(self):
        return sum(self)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
class MyDict(dict):
    pass

ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, type(ml + [5]).__name__, type(ml[1:]).__name__)
ms = MyStr("hi")
print(ms.shout(), type(ms + "x").__name__, type(ms.upper()).__name__, ms == "hi")
mi = MyInt(5)
print(mi, mi + 1, type(mi + 1).__name__, [mi])
md = MyDict(a=1)
md.extra = "attr"
print(md, md.extra, isinstance(md, dict))
class MyTuple(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(MyTuple(1, 2), type(MyTuple(1, 2)).__name__)
