ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
print(eval("a * 100", ns))
print(eval("x + y", {"x": 1}, {"y": 2}))

local_ns = {}
exec("z = 5", {}, local_ns)
print(local_ns)

code = compile("q = 7\nprint(q * 6)", "<snippet>", "exec")
exec(code, {})
print(eval(compile("3 ** 4", "<e>", "eval")))
