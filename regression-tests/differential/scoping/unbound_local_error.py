value = 10

def uses_before_assign():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 20
    return value

print(uses_before_assign())

def deleted_then_used():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(deleted_then_used())
