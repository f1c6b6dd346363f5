def f():
    return undefined_name_here

try:
    f()
except NameError as e:
    print(type(e).__name__, e)
    print(e.name)

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

def free_var_not_yet():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 5
    return inner()

print(free_var_not_yet())
