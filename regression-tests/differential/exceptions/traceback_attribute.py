def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError()
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
