using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>print() to file objects (one write per piece), eval/exec argument types, and with-statement protocol messages. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class PrintFileAndEvalTests
{
    [Test]
    public void PrintWritesPiecesToFileObjects()
    {
        var result = PythonRunner.Run("""
            class Collect:
                def __init__(self):
                    self.parts = []
                def write(self, s):
                    self.parts.append(s)
            o = Collect()
            print("to", "object", 3, file=o, sep="+")
            print(file=o)
            print("x", "y", file=o, sep="", end="")
            print(o.parts)
            for source in [5, None]:
                for fn in (eval, exec):
                    try:
                        fn(source)
                    except TypeError as e:
                        print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("['to', '+', 'object', '+', '3', '\\n', '\\n', 'x', '', 'y', '']\neval() arg 1 must be a string, bytes or code object\nexec() arg 1 must be a string, bytes or code object\neval() arg 1 must be a string, bytes or code object\nexec() arg 1 must be a string, bytes or code object\n"));
    }

    [Test]
    public void WithStatementProtocolMessages()
    {
        var result = PythonRunner.Run("""
            class NoExit:
                def __enter__(self):
                    return self
            class NoEnter:
                def __exit__(self, *a):
                    pass
            for manager in (NoExit(), NoEnter(), 5):
                try:
                    with manager:
                        pass
                except TypeError as e:
                    print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("'NoExit' object does not support the context manager protocol (missed __exit__ method)\n'NoEnter' object does not support the context manager protocol\n'int' object does not support the context manager protocol\n"));
    }
}
