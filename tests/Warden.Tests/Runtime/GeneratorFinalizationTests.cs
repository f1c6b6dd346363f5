using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>A generator that only a for-loop refers to is finalized (closed) when the loop drops it, as CPython's reference counting does. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class GeneratorFinalizationTests
{
    [Test]
    public void BreakClosesTheLoopsGenerator()
    {
        var result = PythonRunner.Run("def g(tag):\n    try:\n        yield 1\n        yield 2\n    finally:\n        print(\"finally\", tag)\nfor x in g(\"break\"):\n    break\nprint(\"after break\")\ndef ret():\n    for x in g(\"return\"):\n        return x\nprint(ret())\nfor x in g(\"outer\"):\n    for y in g(\"inner\"):\n        break\n    break\nprint(\"end\")\n");
        Assert.That(result.Stdout, Is.EqualTo("finally break\nafter break\nfinally return\n1\nfinally inner\nfinally outer\nend\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void UnwindingClosesTheLoopsGenerator()
    {
        var result = PythonRunner.Run("def g(tag):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", tag)\ndef a():\n    try:\n        for x in g(\"a\"):\n            raise ValueError\n    except ValueError:\n        print(\"handler a\")\na()\ndef b():\n    for x in g(\"b\"):\n        raise KeyError\ntry:\n    b()\nexcept KeyError:\n    print(\"handler b\")\ndef outer():\n    for x in g(\"inner\"):\n        yield x\no = outer(); next(o); o.close(); print(\"closed outer\")\n");
        Assert.That(result.Stdout, Is.EqualTo("finally a\nhandler a\nfinally b\nhandler b\nfinally inner\nclosed outer\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorStillReferencedIsNotClosed()
    {
        var result = PythonRunner.Run("def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print(\"finally\")\nit = g()\nfor x in it:\n    break\nprint(\"loop left\", next(it))\ndef make():\n    return kept\nkept = g()\nfor x in make():\n    break\nprint(\"still open\", next(kept))\nit.close()\nkept.close()\nprint(\"end\")\n");
        Assert.That(result.Stdout, Is.EqualTo("loop left 2\nstill open 2\nfinally\nfinally\nend\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}

