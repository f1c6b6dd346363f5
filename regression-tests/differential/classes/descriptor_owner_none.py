class Desc:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)

class A:
    attr = Desc()
class B(A):
    pass
print(A.attr, B.attr, A().attr, B().attr)
print(A.__dict__["attr"].__get__(None, B))
