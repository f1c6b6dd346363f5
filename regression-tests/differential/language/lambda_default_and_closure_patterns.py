ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "neg": lambda a, b=None: -a,
}
print({k: f(7, 2) for k, f in ops.items()})
print(sorted(["b10", "a2", "a10"], key=lambda s: (s[0], int(s[1:]))))
print((lambda *args: sum(args))(1, 2, 3), (lambda **kw: sorted(kw))(z=1, a=2))
make_multiplier = lambda n: lambda x: x * n
print([make_multiplier(i)(10) for i in range(4)])
print((lambda: (yield 1))().__next__())
