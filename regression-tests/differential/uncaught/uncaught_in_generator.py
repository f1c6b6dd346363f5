def gen():
    yield 1
    raise LookupError("from inside the generator")

for value in gen():
    print("value", value)
