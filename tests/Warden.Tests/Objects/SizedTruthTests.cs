using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Truth of builtin sized types (bytes, bytearray, memoryview, dict views) through their length; dict view .mapping. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class SizedTruthTests
{
    [Test]
    public void BuiltinSizedTypes()
    {
        var result = PythonRunner.Run("""
            d = {"a": 1}
            values = [b"", b"x", bytearray(), bytearray(b"x"), memoryview(b""), d.keys(), {}.keys(), {}.items(), d.values(), range(0), frozenset()]
            print([bool(v) for v in values])
            print(d.keys().mapping, type(d.items().mapping).__name__, d.values().mapping["a"])
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("[False, True, False, True, False, True, False, False, True, False, False]\n{'a': 1} mappingproxy 1\n"));
    }
}
