using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>list.index bounds and slice assignment errors. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ListArgumentTests
{
    [Test]
    public void ListIndexBoundsAndSliceAssignment()
    {
        var result = PythonRunner.Run("def show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\nlst = [1, 2, 3, 2]\nprint(lst.index(2, 2), lst.index(2, -3, 10**30), lst.index(1, -10**30))\ndef assign():\n    lst[1:2] = 5\nfor f in [lambda: lst.index(1, \"a\"), assign]:\n    show(f)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("3 1 0\nTypeError slice indices must be integers or have an __index__ method\nTypeError can only assign an iterable\n"));
    }
}
