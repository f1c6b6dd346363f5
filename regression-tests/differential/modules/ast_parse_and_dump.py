# ast.parse builds real _ast objects; ast.dump with positions, literal_eval, unparse,
# walk and NodeVisitor/NodeTransformer all work on them.
import ast

SOURCES = [
    # imports, decorators, every argument kind, async statements, f-strings
    '''
import os, sys as s
from . import x
from ..pkg.mod import (a as b, c)
@dec(1)
@other.attr
async def f(a, /, b: int = 2, *c, d, e=3, **g) -> None:
    global q
    x = y = 1
    x += 2; z: int = 5
    del x, y[0]
    async for i in range(3): pass
    async with a as b, c: await z
    return f"{a!r:>{w}} b {c=} {d!s} {e:5d}"
''',
    # classes, generators, loops, try forms, assert, nonlocal
    '''
class C(B, metaclass=M):
    """doc"""
    attr: int
    def g(self):
        nonlocal v
        yield from x; yield
        return (yield 1)
for i in j:
    break
else:
    continue
while 1: ...
if a: pass
elif b: pass
else: pass
with open(f) as (a, b), g(): pass
try: raise X from y
except E as e: pass
except: pass
else: pass
finally: pass
try: pass
except* (E, F): raise
assert x, "m"
''',
    # match statements with every pattern kind
    '''
match p:
    case [1, *r] | {"k": v, **rest} if v: pass
    case Point(1, x=0, y=_) as pt: pass
    case None | True | -1+2j | 'a' | b"b": pass
    case (a, b, *_): pass
    case {1: _, x.y: [*_]}: pass
    case _: pass
''',
    # comprehensions, operators, constants of every type
    '''
l = [x for x in y if x if not x]
d = {k: v for k, v in z for q in k}
s = {a async for a in b}
g = (a for a in b)
dd = {**a, 'b': 1}
lam = lambda x, *, y=1: x ** y @ z // 2 << 1 >> 1 | 1 & 2 ^ 3 % 4 - 1 / 2 * 3
c = a < b <= c > d >= e == f != g is h is not i in j not in k
t = (1, 2.5, 3j, 'é', b'\\x00\\xff', None, True, False, ..., 10**30, u'u', 123456789012345678901234567890, 1e400, 0x10)
v = a[1:2:3, ::, b]
w = (n := 5) if a and b or not c else -x + ~y + +z
print(*a, **k, sep='')
[a, *b] = c, = d
x.y.z = lambda: 0
''',
    # multi-line constructs and non-ASCII column offsets (UTF-8 bytes)
    '''
é = "ü" + f"""multi
{ line }
""" + ('implicit'
 'concat')
def h(
    a,
    b,
):
    return {
        a: b,
    }
''',
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=1)[:400])
    print(sum(1 for _ in ast.walk(tree)), type(tree).__name__)

print(ast.dump(ast.parse("1 + 2 * x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1\n", mode="single"), include_attributes=True))
print(ast.dump(compile("a.b(c)", "<s>", "eval", ast.PyCF_ONLY_AST)))
tree = ast.parse("x")
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)

# Nodes are ordinary objects of the ast classes.
node = ast.parse("return_value = f(1)").body[0]
print(type(node) is ast.Assign, isinstance(node, ast.stmt), node.lineno, node.end_col_offset)
print(node.type_comment, node.value.func.id, node.value.args[0].value, type(node.targets[0].ctx).__name__)
print(sorted(vars(ast.parse("return").body[0])))
print(isinstance(ast.parse("1").body[0].value, ast.Constant), ast.parse("1").body[0].value.kind)
print(ast.parse("u'x'").body[0].value.kind)

# literal_eval
for text in ["1", "-2.5", "(1, [2, {3: 'x'}], {4})", "b'ab'", "1+2j", "None", "{'a': (True, False)}", "set()", "-(1)"]:
    try:
        print(repr(ast.literal_eval(text)))
    except ValueError as e:
        print("ValueError", e)
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])  # the message ends with an object address

# unparse
for text in ["x = 1 + 2 * 3", "def f(a, b=1, *c, **d):\n    return a\n", "[i for i in range(3) if i]",
             "a if b else c", "f'{x!r} y'", "class K(A):\n    pass\n", "del a[1:2]", "lambda x: (x, -x)"]:
    print(ast.unparse(ast.parse(text)))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))))

# NodeVisitor
class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)

counter = NameCounter()
counter.visit(ast.parse("a = b + c\nfor d in e: f(d)"))
print(counter.names)

# NodeTransformer: fold additions of two constants, then compile the result back via unparse.
class Folder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            return ast.copy_location(ast.Constant(node.left.value + node.right.value), node)
        return node

folded = Folder().visit(ast.parse("y = (1 + 2) + x + (3 + 4)"))
ast.fix_missing_locations(folded)
print(ast.dump(folded, include_attributes=True))
print(ast.unparse(folded))
print(ast.get_docstring(ast.parse('def f():\n    "hello"\n').body[0]))
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("a + b").body[0].value)])
print(ast.get_source_segment("x = foo(1,\n  2)", ast.parse("x = foo(1,\n  2)").body[0].value))

try:
    ast.parse("x = (")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
