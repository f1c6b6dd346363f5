x = 1
del x
try:
    x
except NameError as e:
    print(e)

def f():
    global y
    y = 5
    del y
    try:
        return y
    except NameError as e:
        return str(e)
print(f())

lst = [0, 1, 2, 3, 4, 5]
del lst[1], lst[2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)

class C:
    attr = 1
del C.attr
print(hasattr(C, "attr"))
