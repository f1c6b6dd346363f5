ns = {"base": 10}
exec("result = base * 2\nfor i in range(2):\n    result += i", ns)
print(ns["result"])
print(exec("1 + 1"))
exec("def f(a):\n    return a ** 2", ns)
print(ns["f"](7))
loc = {}
exec("v = 1", None, loc)
print(loc)
exec("print('executed from string')")
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("def broken(:", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg)
