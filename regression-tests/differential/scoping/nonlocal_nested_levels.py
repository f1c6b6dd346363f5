def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())

def shadowing():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 100
            return x
        return inner(), x
    return middle(), x

print(shadowing())
