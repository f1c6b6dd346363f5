# os essentials in unrestricted mode: paths, files, directories, environ, stat.
import os
import os.path
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f:
        f.write("hello\n")
    st = os.stat(p)
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
    os.mkdir(os.path.join(d, "sub"))
    os.rename(p, os.path.join(d, "sub", "b.txt"))
    print(sorted(os.listdir(d)), os.listdir(os.path.join(d, "sub")))
    print(sorted(e.name for e in os.scandir(d)), [e.is_dir() for e in os.scandir(d)])
    print([(os.path.relpath(root, d), sorted(dirs), sorted(files)) for root, dirs, files in os.walk(d)])
    fd = os.open(os.path.join(d, "raw.bin"), os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b"xyz")); os.close(fd)
    fd = os.open(os.path.join(d, "raw.bin"), os.O_RDONLY)
    print(os.read(fd, 10)); os.close(fd)
    os.remove(os.path.join(d, "raw.bin"))
    os.unlink(os.path.join(d, "sub", "b.txt"))
    os.rmdir(os.path.join(d, "sub"))
    print(os.listdir(d), os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
print(os.path.exists("/definitely/not/here"), os.sep, os.pathsep, os.linesep == "\n", os.name)
print(os.path.splitext("a/b.tar.gz"), os.path.basename("/x/y.py"), os.path.dirname("/x/y.py"))
print(os.path.normpath("a//b/../c/."), os.path.isabs("/a"), os.fspath("p"))
os.environ["WARDEN_DIFF_TEST"] = "1"
print(os.environ.get("WARDEN_DIFF_TEST"), os.getenv("WARDEN_DIFF_TEST"), "WARDEN_DIFF_TEST" in os.environ)
del os.environ["WARDEN_DIFF_TEST"]
print(os.environ.get("WARDEN_DIFF_TEST", "gone"))
print(os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int), len(os.urandom(8)))
print(os.strerror(2))
for bad in [lambda: os.stat("/definitely/not/here"), lambda: os.listdir("/definitely/not/here"),
            lambda: os.rmdir("/definitely/not/here")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
