from contextlib import contextmanager, suppress, closing, ExitStack, redirect_stdout, nullcontext
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]
print("suppressed")
class Res:
    def close(self):
        print("closed")
with closing(Res()):
    pass
with ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print(v)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
