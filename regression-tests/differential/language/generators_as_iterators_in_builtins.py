def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), sorted(squares(4), reverse=True), list(zip(squares(3), "abc")))
print(dict(enumerate(squares(3))), set(squares(4)) == {0, 1, 4, 9}, tuple(squares(2)), "".join(map(str, squares(4))))
print(any(v > 50 for v in squares(10)), all(v < 100 for v in squares(10)), next(iter(squares(1))))
