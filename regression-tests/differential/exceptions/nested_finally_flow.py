def f(n):
    log = []
    try:
        try:
            if n == 0:
                raise ValueError
            log.append("inner body")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log

print(f(0))
print(f(1))

def g():
    try:
        try:
            return "inner return"
        finally:
            print("first finally")
    finally:
        print("second finally")
print(g())
