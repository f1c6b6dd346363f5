using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>RecursionError messages name the check that failed, as CPython counts levels in repr/str/comparisons and one-argument builtins. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class RecursionMessageTests
{
    [Test]
    public void ReprRecursionMessage()
    {
        var result = PythonRunner.Run("class LoopRepr:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(LoopRepr())\nexcept RecursionError as e:\n    print(e)\ndef inside():\n    try:\n        repr(LoopRepr())\n    except RecursionError as e:\n        print(e)\ninside()\n");
        Assert.That(result.Stdout, Is.EqualTo("maximum recursion depth exceeded while calling a Python object\nmaximum recursion depth exceeded\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StrRecursionMessage()
    {
        var result = PythonRunner.Run("class LoopStr:\n    def __str__(self):\n        return str(self)\ntry:\n    print(LoopStr())\nexcept RecursionError as e:\n    print(e)\nclass R:\n    def __repr__(self):\n        return f\"{self!r}\"\ntry:\n    str(R())\nexcept RecursionError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("maximum recursion depth exceeded\nmaximum recursion depth exceeded while getting the repr of an object\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NestedContainerComparisonMessage()
    {
        var result = PythonRunner.Run("def nest(n):\n    v = []\n    for _ in range(n):\n        v = [v]\n    return v\nprint(nest(500) == nest(500))\nfor make in (nest, lambda n: eval(\"(\" * 0 + \"0\"), ):\n    pass\ntry:\n    nest(5000) == nest(5000)\nexcept RecursionError as e:\n    print(e)\ntry:\n    nest(5000) < nest(5000)\nexcept RecursionError as e:\n    print(e)\ntry:\n    repr(nest(5000))\nexcept RecursionError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("True\nmaximum recursion depth exceeded in comparison\nmaximum recursion depth exceeded in comparison\nmaximum recursion depth exceeded while getting the repr of an object\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}

