try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, "never"
print("done")
