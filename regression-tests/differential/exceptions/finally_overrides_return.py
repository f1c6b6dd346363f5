def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())

def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print(h())

def k():
    for i in range(3):
        try:
            continue
        finally:
            print("cont", i)
k()
