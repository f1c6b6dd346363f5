# Module-level code (LOAD_NAME) reading builtins in a loop while globals and builtins change.
import builtins

out = []
for i in range(6):
    out.append(len("abc"))
    if i == 1:
        len = lambda s: "global len"
    if i == 3:
        del len
    if i == 4:
        builtins.len = lambda s: "patched builtins.len"
print(out)
del builtins.len
try:
    len("x")
except NameError as e:
    print("NameError", e)
builtins.len = lambda obj: obj.__len__()
print(len([1, 2]))

# A class body: its own namespace, then globals, then builtins.
abs = lambda x: "module abs"
class C:
    seen = []
    for k in range(3):
        seen.append(abs(-1))
        if k == 0:
            abs = lambda x: "class abs"
print(C.seen)
del abs

# exec with separate globals and locals dicts.
g = {"__builtins__": builtins}
l = {}
exec("r = []\nfor j in range(4):\n    r.append(max(1, j))\n    if j == 1: max = min\n", g, l)
print(l["r"])
g["min"] = "unused"
exec("r2 = [divmod(7, 2) for _ in range(2)]\nfor j in range(3):\n    r2.append(pow(2, j))\n    if j == 0: g_pow = pow\n", g, l)
print(l["r2"])
try:
    exec("for j in range(2):\n    undefined_name_xyz\n", g, l)
except NameError as e:
    print("NameError", e)
