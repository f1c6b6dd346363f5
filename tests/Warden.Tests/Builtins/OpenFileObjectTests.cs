using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>open(): encodings, file object types and attributes, tell/seek, mode validation and closed-file errors. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class OpenFileObjectTests
{
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
