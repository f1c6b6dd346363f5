import traceback
def fail():
    raise ValueError("traced")
try:
    fail()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
print("".join(traceback.format_list([("file.py", 1, "func", "code()")])), end="")
