using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>open(): encodings, file object types and attributes, tell/seek, mode validation and closed-file errors. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class OpenFileObjectTests
{
    [Test]
    public void ClosedFileMessages()
    {
        var result = PythonRunner.Run("""
            for mode in ["w", "r", "r+b"]:
                f = open("/tmp/warden_closed_file_test.scratch", mode)
                f.close()
                print(type(f).__name__)
                for op in ["read", "readline", "readlines", "write", "tell", "seek", "flush", "__iter__", "__next__", "__enter__", "writelines"]:
                    try:
                        m = getattr(f, op)
                        m(b"x" if op == "write" and "b" in mode else "x" if op == "write" else 0) if op in ("write", "seek") else m([]) if op == "writelines" else m()
                    except ValueError as e:
                        print(mode, op, e)
            with open("/tmp/warden_closed_file_test.scratch", "wb") as f:
                f.write(b"a\nb\n")
            with open("/tmp/warden_closed_file_test.scratch", "rb") as f:
                print(f.readline(), list(f))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("TextIOWrapper\nw read I/O operation on closed file.\nw readline I/O operation on closed file.\nw readlines I/O operation on closed file.\nw write I/O operation on closed file.\nw tell I/O operation on closed file.\nw seek I/O operation on closed file.\nw flush I/O operation on closed file.\nw __iter__ I/O operation on closed file.\nw __next__ I/O operation on closed file.\nw __enter__ I/O operation on closed file.\nw writelines I/O operation on closed file.\nTextIOWrapper\nr read I/O operation on closed file.\nr readline I/O operation on closed file.\nr readlines I/O operation on closed file.\nr write I/O operation on closed file.\nr tell I/O operation on closed file.\nr seek I/O operation on closed file.\nr flush I/O operation on closed file.\nr __iter__ I/O operation on closed file.\nr __next__ I/O operation on closed file.\nr __enter__ I/O operation on closed file.\nr writelines I/O operation on closed file.\nBufferedRandom\nr+b read read of closed file\nr+b readline readline of closed file\nr+b readlines I/O operation on closed file.\nr+b write write to closed file\nr+b tell I/O operation on closed file\nr+b seek seek of closed file\nr+b flush flush of closed file\nr+b __iter__ I/O operation on closed file.\nr+b __next__ readline of closed file\nr+b __enter__ I/O operation on closed file.\nr+b writelines I/O operation on closed file.\nb'a\\n' [b'b\\n']\n"));
    }

    [Test]
    public void TextAndBinaryFiles()
    {
        var result = PythonRunner.Run("""
            path = "/tmp/warden_open_file_object_test.scratch"
            with open(path, "w", encoding="utf-8") as f:
                print(f.write("line one\nline two é\n"), f.mode, f.encoding, type(f).__name__)
            with open(path, encoding="latin-1") as f:
                print(repr(f.read()), f.encoding)
            with open(path, "rb") as f:
                print(f.read(4), f.tell(), f.seek(1), f.read(3), type(f).__name__)
            print(type(open(path, "ab")).__name__, type(open(path, "r+b")).__name__)
            for mode, kw in [("q", {}), ("rw", {}), ("rb", {"encoding": "utf-8"}), ("rbt", {}), ("rr", {})]:
                try:
                    open(path, mode, **kw)
                except ValueError as e:
                    print(e)
            f = open(path)
            f.close()
            for op in (f.read, f.readline, lambda: f.write("x")):
                try:
                    op()
                except ValueError as e:
                    print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("20 w utf-8 TextIOWrapper\n'line one\\nline two Ã©\\n' latin-1\nb'line' 4 1 b'ine' BufferedReader\nBufferedWriter BufferedRandom\ninvalid mode: 'q'\nmust have exactly one of create/read/write/append mode\nbinary mode doesn't take an encoding argument\ncan't have text and binary mode at once\ninvalid mode: 'rr'\nI/O operation on closed file.\nI/O operation on closed file.\nI/O operation on closed file.\n"));
    }
}
