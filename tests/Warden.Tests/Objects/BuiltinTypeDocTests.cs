using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Docstrings of the builtin types. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class BuiltinTypeDocTests
{
    [Test]
    public void FirstLines()
    {
        var result = PythonRunner.Run("""
            for t in (int, str, list, dict, tuple, float, bool, set, type, range, object):
                print(t.__name__, t.__doc__.split("\n")[0])
            class Own:
                pass
            print(Own.__doc__)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("int int([x]) -> integer\nstr str(object='') -> str\nlist Built-in mutable sequence.\ndict dict() -> new empty dictionary\ntuple Built-in immutable sequence.\nfloat Convert a string or number to a floating point number, if possible.\nbool bool(x) -> bool\nset set() -> new empty set object\ntype type(object) -> the object's type\nrange range(stop) -> range object\nobject The base class of the class hierarchy.\nNone\n"));
    }
}
