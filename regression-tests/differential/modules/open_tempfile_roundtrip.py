import_free_tmp = None
try:
    import tempfile; import_free_tmp = tempfile.mkdtemp()
except Exception:
    pass
path = import_free_tmp + "/sample.txt"
with open(path, "w", encoding="utf-8") as f:
    n = f.write("line one\nline two é\n")
    print("wrote", n, f.closed, f.mode, f.name == path)
print(f.closed)
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(list(f))
with open(path, "a", encoding="utf-8") as f:
    print("appended", file=f)
with open(path, encoding="utf-8") as f:
    print([line.rstrip("\n") for line in f])
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, len(data))
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
try:
    open(import_free_tmp + "/missing/none.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(path, "q")
except ValueError as e:
    print(type(e).__name__, e)
with open(path, "w") as f:
    pass
with open(path) as f:
    print(repr(f.read()))
import shutil; shutil.rmtree(import_free_tmp)
