print(eval("1 + 2"), eval("[x * 2 for x in range(3)]"), eval("  42  "), eval("'s' * 2"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
print(eval("__builtins__ is not None", {}))
g = {}
eval("1", g)
print("__builtins__" in g)
for src in ["x = 1", "1 +", "undefined_name"]:
    try:
        eval(src)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
