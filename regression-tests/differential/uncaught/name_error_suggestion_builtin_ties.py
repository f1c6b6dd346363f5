# Names equally close to two builtins: CPython offers the one earlier in builtins.__dict__.
import sys

for source in ["ma", "mi", "ite", "se", "sort", "ty", "hax", "Excepton", "Erro", "Warnin", "fro", "ord_", "pri", "ran", "sett", "bytez", "Ture"]:
    try:
        eval(source)
    except NameError:
        sys.stdout.flush()
        sys.excepthook(*sys.exc_info())
        sys.stderr.flush()

import builtins
sample = {"print", "int", "ValueError", "open", "abs", "max", "map", "None", "True", "__build_class__", "IOError", "help", "zip"}
print([name for name in vars(builtins) if name in sample])

# The uncaught report takes the interpreter's own path.
ma
