sources = ["x = (1, 2", "def f(:\n  pass", "a = 1 +", "for x in range(3)\n    pass", "return 5", "x = 'unterminated"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print(" str:", e)
e = SyntaxError("custom", ("file.py", 3, 4, "bad line\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
try:
    compile("  x = 1", "<indent>", "exec")
except IndentationError as e:
    print(type(e).__name__, e)
try:
    compile("if True:\npass", "<indent2>", "exec")
except IndentationError as e:
    print(type(e).__name__, e)
