class A:
    shared = []
    value = "class"

a1, a2 = A(), A()
a1.shared.append(1)
print(a2.shared)
a1.value = "instance"
print(a1.value, a2.value, A.value)
del a1.value
print(a1.value)
A.value = "changed"
print(a1.value, a2.value)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(A.__dict__["value"], type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
