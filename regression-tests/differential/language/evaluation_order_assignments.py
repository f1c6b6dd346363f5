log = []
class Rec:
    def __getitem__(self, k):
        log.append(("get", k))
        return k
    def __setitem__(self, k, v):
        log.append(("set", k, v))
r = Rec()
def val(x):
    log.append(("val", x))
    return x
r[val(1)] = val(2)
print(log)
log.clear()
r[val("a")], r[val("b")] = val("x"), val("y")
print(log)
log.clear()
a = b = val("shared")
print(log)
