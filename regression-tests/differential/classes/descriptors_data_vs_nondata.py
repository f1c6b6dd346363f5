class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)

class NonDataDesc:
    def __get__(self, obj, owner):
        return "non-data descriptor"

class C:
    d = DataDesc()
    n = NonDataDesc()

c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d)
print(c.n)
c.d = 5
print(c.__dict__["d"])
print(C.d, C.n)
