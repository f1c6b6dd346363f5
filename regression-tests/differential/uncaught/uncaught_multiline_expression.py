def compute(a, b, c):
    return (a +
            b *
            c)

values = [1, 2, None]
result = compute(values[0],
                 values[1],
                 values[2])
