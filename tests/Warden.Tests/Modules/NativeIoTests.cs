using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_io</c> module, <c>open()</c> and the standard streams; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeIoTests
{
    /// <summary>Writes, reads, seeks and truncation on io.StringIO.</summary>
    [Test]
    public void StringIOReadWriteSeek()
    {
        const string source = """
            import _io
            s = _io.StringIO()
            print(s.write("line1\n"), file=s)
            s.seek(0)
            print(repr(s.readline()), repr(s.read()), s.tell())
            s.seek(3); s.write("XY"); print(repr(s.getvalue()))
            print(s.truncate(2), repr(s.getvalue()), s.tell())
            r = _io.StringIO("a\nb\r\nc")
            print(list(r), r.readable(), r.seekable())
            try:
                s.seek(1, 1)
            except OSError as e:
                print(type(e).__name__, e)
            s.close()
            try:
                s.read()
            except ValueError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("'line1\\n' '6\\n' 8\n'linXY\\n6\\n'\n2 'li' 5\n['a\\n', 'b\\r\\n', 'c'] True True\nOSError Can't do nonzero cur-relative seeks\nI/O operation on closed file\n"));
    }

    /// <summary>StringIO's newline argument: translation on write, universal readline, newlines.</summary>
    [Test]
    public void StringIONewlines()
    {
        const string source = """
            import _io
            s = _io.StringIO("a\r\nb\rc\n", newline=None); print(repr(s.getvalue()), s.newlines)
            print(_io.StringIO("a\r\nb\rc\n", newline="").readlines())
            s = _io.StringIO("a\nb", newline="\r\n"); print(repr(s.getvalue()), s.readlines())
            try:
                _io.StringIO(newline="x")
            except ValueError as e:
                print(e)
            print(repr(_io.StringIO("\U0001F600ab").read(2)), _io.StringIO("\U0001F600ab").seek(2))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("'a\\nb\\nc\\n' ('\\r', '\\n', '\\r\\n')\n['a\\r\\n', 'b\\r', 'c\\n']\n'a\\r\\nb' ['a\\r\\n', 'b']\nillegal newline value: 'x'\n'😀a' 2\n"));
    }

    /// <summary>io.BytesIO reads, writes past the end, seeks and readinto.</summary>
    [Test]
    public void BytesIOOperations()
    {
        const string source = """
            import _io
            b = _io.BytesIO(b"binary data")
            print(b.read(6), b.read(), b.getvalue(), b.seek(0), b.read1(3))
            b.write(b"XX"); print(b.getvalue())
            b.seek(15); b.write(b"!"); print(b.getvalue(), b.tell())
            buf = bytearray(4); b.seek(0); print(b.readinto(buf), buf)
            print(_io.BytesIO(b"x\ny\n").readlines(), b.seek(-2, 2))
            try:
                b.seek(-1)
            except ValueError as e:
                print(e)
            try:
                b.write("s")
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("b'binary' b' data' b'binary data' 0 b'bin'\nb'binXXy data'\nb'binXXy data\\x00\\x00\\x00\\x00!' 16\n4 bytearray(b'binX')\n[b'x\\n', b'y\\n'] 14\nnegative seek value -1\na bytes-like object is required, not 'str'\n"));
    }

    /// <summary>TextIOWrapper encodes to and decodes from a binary buffer.</summary>
    [Test]
    public void TextIOWrapperOverBytesIO()
    {
        const string source = """
            import _io
            w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")
            print(w.write("h\u00e9llo\nw\u00f6rld"), w.encoding, w.errors, w.line_buffering)
            w.flush(); print(w.buffer.getvalue())
            w.seek(0); print(repr(w.readline()), repr(w.read()), w.tell())
            r = _io.TextIOWrapper(_io.BytesIO(b"a\r\nb\rc"), encoding="latin-1")
            print(r.readlines(), r.newlines)
            try:
                w.write(b"x")
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("11 utf-8 strict False\nb'h\\xc3\\xa9llo\\nw\\xc3\\xb6rld'\n'héllo\\n' 'wörld' 13\n['a\\n', 'b\\n', 'c'] ('\\r', '\\r\\n')\nwrite() argument must be str, not bytes\n"));
    }

    /// <summary>open() in text and binary modes on a real file, with the _io types CPython uses.</summary>
    [Test]
    public void FileRoundTrip()
    {
        const string source = """
            import _io, posix
            path = "/tmp/warden_io_test_%d.txt" % posix.getpid()
            with open(path, "w") as f:
                print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode, f.buffer.raw.mode)
                f.write("one\ntwo\n")
            with open(path, "a") as f:
                print("three", file=f)
            with open(path) as f:
                print(f.readline(), list(f), f.closed)
            print(f.closed)
            with open(path, "rb") as f:
                print(f.read(4), f.peek(1)[:1], f.read(), f.tell())
            with open(path, "r+b") as f:
                print(type(f).__name__, f.seek(0, 2), f.write(b"!"), f.seek(0), f.read())
            with open(path, "rb", buffering=0) as f:
                print(type(f).__name__, f.readall())
            try:
                open(path, "rw")
            except ValueError as e:
                print(e)
            try:
                open(path, "rb", encoding="utf-8")
            except ValueError as e:
                print(e)
            posix.unlink(path)
            try:
                open(path)
            except FileNotFoundError as e:
                print(e.errno, e.strerror)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("TextIOWrapper BufferedWriter FileIO w wb\none\n ['two\\n', 'three\\n'] False\nTrue\nb'one\\n' b't' b'two\\nthree\\n' 14\nBufferedRandom 14 1 0 b'one\\ntwo\\nthree\\n!'\nFileIO b'one\\ntwo\\nthree\\n!'\nmust have exactly one of create/read/write/append mode\nbinary mode doesn't take an encoding argument\n2 No such file or directory\n"));
    }

    /// <summary>sys.stdout/stderr are TextIOWrappers; print honours a replaced sys.stdout.</summary>
    [Test]
    public void StandardStreams()
    {
        const string source = """
            import sys, _io
            print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.name, sys.stderr.errors)
            sys.stdout.write("direct\n"); sys.stdout.flush()
            sys.stdout.buffer.write("bytes \u00e9\n".encode()); sys.stdout.flush()
            saved = sys.stdout
            sys.stdout = _io.StringIO()
            print("captured")
            text = sys.stdout.getvalue()
            sys.stdout = saved
            print(repr(text))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("TextIOWrapper utf-8 <stdout> backslashreplace\ndirect\nbytes é\n'captured\\n'\n"));
    }

    /// <summary>Python subclasses of the _io types and of the IOBase family.</summary>
    [Test]
    public void SubclassesAndBases()
    {
        const string source = """
            import _io
            class Upper(_io.StringIO):
                def write(self, s):
                    return super().write(s.upper())
            u = Upper(); u.tag = 1; print("abc", file=u); print(repr(u.getvalue()), u.tag, isinstance(u, _io._TextIOBase))
            class Raw(_io._RawIOBase):
                def __init__(self):
                    self.data = b"xyz\nw"
                def readable(self):
                    return True
                def readinto(self, b):
                    n = min(len(b), len(self.data)); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
            r = Raw(); print(r.read(2), r.readline(), r.readall(), r.closed)
            r.close(); print(r.closed)
            print(_io.UnsupportedOperation.__mro__[1:3], issubclass(_io.BufferedReader, _io._BufferedIOBase))
            try:
                _io.BytesIO().fileno()
            except _io.UnsupportedOperation as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("'ABC\\n' 1 True\nb'xy' b'z\\n' b'w' False\nTrue\n(<class 'OSError'>, <class 'ValueError'>) True\nfileno\n"));
    }
}
