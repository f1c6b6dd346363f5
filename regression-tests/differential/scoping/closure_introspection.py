def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner

f = outer(5)
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print([cell.cell_contents for cell in f.__closure__])
print(f(1))
print(outer.__code__.co_varnames)
print(f.__code__.co_varnames)
print(f.__name__, f.__qualname__)
