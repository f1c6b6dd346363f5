x = "global"

def f():
    x = "enclosing"
    class A:
        # x is assigned in the body, so the read before it uses the global namespace
        print("in class body:", x)
        x = "class attr"
        print("after assign:", x)
        def m(self):
            return x
    class B:
        # not assigned in the body: the enclosing function's cell is read
        seen = x
    return A, B

A, B = f()
print(A.x, A().m(), B.seen)

def g():
    y = 1
    class C:
        nonlocal y
        y = 2
    return y

print(g())
