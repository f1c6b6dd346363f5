order = []
def k(x):
    order.append(("key", x))
    return x
def v(x):
    order.append(("val", x))
    return x
d = {k(1): v("a"), k(2): v("b")}
print(d, order)
order.clear()
s = {k(3), k(1), k(2)}
print(sorted(s), order)
order.clear()
lst = [k(i) for i in range(2)]
print(order)
order.clear()
def f(a, b):
    return a, b
f(k("first"), v("second"))
print(order)
order.clear()
x = {k("dup"): v(1), k("dup"): v(2)}
print(x, order)
