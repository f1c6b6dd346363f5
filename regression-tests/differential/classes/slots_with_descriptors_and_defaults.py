class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
print(S().a)
try:
    S().b
except AttributeError as e:
    print(type(e).__name__, e)
print(S.__slots__, sorted(k for k in S.__dict__ if k in ("a", "b")))
s = S()
S.a.__set__(s, 99)
print(S.a.__get__(s, S))
class StrSlot:
    __slots__ = "only"
x = StrSlot()
x.only = "ok"
print(x.only, StrSlot.__slots__)
