using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Slices compare as (start, stop, step) tuples. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class SliceComparisonTests
{
    [Test]
    public void SlicesCompareAsTuples()
    {
        var result = PythonRunner.Run("""
            print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2, None), slice(1) == slice(None, 1))
            print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) == (1, 2), sorted([slice(3), slice(1)]))
            try:
                slice(1) < slice("a")
            except TypeError as e:
                print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("True False False True\nTrue True False [slice(None, 1, None), slice(None, 3, None)]\n'<' not supported between instances of 'int' and 'str'\n"));
    }
}
