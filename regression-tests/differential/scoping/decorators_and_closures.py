def trace(label):
    calls = []
    def decorator(func):
        def wrapper(*args):
            calls.append(args)
            return f"{label}:{func(*args)}"
        wrapper.calls = calls
        return wrapper
    return decorator

@trace("sq")
def square(n):
    return n * n

@trace("outer")
@trace("inner")
def ident(v):
    return v

print(square(3), square(4))
print(square.calls)
print(ident("x"))
print(square.__name__)
