# Builtins only: the scratch file lives next to the program and is overwritten on every run
# (*.scratch is git-ignored); it cannot be deleted without importing os.
path = "open_builtin.scratch"
with open(path, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two é\n")
    print("wrote", n, f.closed, f.mode, f.name, f.encoding)
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), f.readlines())
with open(path, "a", encoding="utf-8") as f:
    print("appended", file=f)
    f.writelines(["x\n", "y\n"])
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, len(data))
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read())
    f.seek(0)
    print(f.read(2))
with open(path, "r+b") as f:
    f.write(b"AB")
with open(path, "rb") as f:
    print(f.read())
try:
    open("no-such-dir/none.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for bad in [lambda: open(path, "q"), lambda: open(path, "rw"), lambda: open(path, "rb", encoding="utf-8")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
