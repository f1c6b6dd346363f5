print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))

def f():
    list = "local list"
    return list
print(f(), list("ab"))

def g():
    return max
print(g() is max)
