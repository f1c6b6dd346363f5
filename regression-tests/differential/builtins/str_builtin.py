print(str(), str(5), str("s"), str([1]), str(None), str(b"x"), str(b"\xc3\xa9", "utf-8"), str(2.0), str(str))
class S:
    def __str__(self):
        return "custom str"
print(str(S()))
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
