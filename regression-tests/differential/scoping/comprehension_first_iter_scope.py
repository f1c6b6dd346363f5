class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        pairs = [(v, w) for v in values for w in values if w > v]
    except NameError as e:
        pairs = str(e)

print(C.doubled)
print(C.pairs)

def outer():
    seq = range(3)
    return [[i * j for j in seq] for i in seq]
print(outer())
