from __future__ import annotations

import sys

FUTURE = 0x1000000


def f():
    pass


print(f.__code__.co_flags & FUTURE == FUTURE, sys._getframe().f_code.co_flags & FUTURE == FUTURE)

inherited = compile("def g(x: y) -> List[z]: pass", "<inherited>", "exec")
print(inherited.co_flags & FUTURE == FUTURE)
namespace = {}
exec(inherited, namespace)
print(namespace["g"].__annotations__)

isolated = compile("def g(x: y) -> z: pass", "<isolated>", "exec", dont_inherit=True)
print(isolated.co_flags & FUTURE)
try:
    exec(isolated, {})
except NameError as e:
    print(type(e).__name__, e)

explicit = compile("def g(x: y): pass", "<explicit>", "exec", flags=FUTURE, dont_inherit=True)
namespace = {}
exec(explicit, namespace)
print(namespace["g"].__annotations__)

exec("def h(a: Undefined, *, b: 1e10 = 2) -> (yield_ if a else b): pass\nprint(h.__annotations__)")
exec("x: Undefined2[int] = 5\nprint(__annotations__, x)", {})
print(eval("(lambda: 0).__code__.co_flags") & FUTURE == FUTURE)


class Holder:
    exec("inside: Undefined3")


print(Holder.__annotations__)
