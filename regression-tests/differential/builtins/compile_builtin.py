code = compile("x = 5\ny = x * 2", "<string>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename, code.co_name)
expr = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(expr))
single = compile("print('single mode')", "<s>", "single")
exec(single)
for src, mode in [("x =", "exec"), ("a b", "eval"), ("import", "exec"), ("1", "bogus")]:
    try:
        compile(src, "<bad>", mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
print(compile("pass", "f", "exec").co_consts)
