using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>The no-crash guarantee: recursion through Python code, special methods and natives ends in RecursionError; huge allocations are refused. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class NoCrashTests
{
    [Test]
    public void DeepPythonRecursionBecomesRecursionError()
    {
        var result = PythonRunner.Run("import_free = True\ndef f(n):\n    return f(n + 1) + 1\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('RecursionError', e)");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError maximum recursion depth exceeded\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionThroughEq()
    {
        var result = PythonRunner.Run("class A:\n    def __eq__(self, other):\n        return self == other\ntry:\n    A() == A()\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionThroughRepr()
    {
        var result = PythonRunner.Run("class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionThroughGetattr()
    {
        var result = PythonRunner.Run("class A:\n    def __getattr__(self, name):\n        return self.missing\ntry:\n    A().x\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionThroughDictLookup()
    {
        var result = PythonRunner.Run("class K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, other):\n        return {K(): 1}.get(other) is not None\nd = {K(): 1}\ntry:\n    d[K()]\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DeeplyNestedListRepr()
    {
        var result = PythonRunner.Run("l = []\nfor i in range(100000):\n    l = [l]\ntry:\n    repr(l)\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MutationDuringSort()
    {
        var result = PythonRunner.Run("l = list(range(10))\ndef key(x):\n    l.append(x)\n    return x\ntry:\n    l.sort(key=key)\nexcept ValueError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("list modified during sort\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SortComparisonError()
    {
        var result = PythonRunner.Run("try:\n    sorted([3, 'a', 1])\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("'<' not supported between instances of 'str' and 'int'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionThroughSortKey()
    {
        var result = PythonRunner.Run("def key(x):\n    return sorted([x], key=key)\ntry:\n    sorted([1, 2], key=key)\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorRecursion()
    {
        var result = PythonRunner.Run("def g(n):\n    yield from g(n + 1)\ntry:\n    list(g(0))\nexcept RecursionError:\n    print('RecursionError')");
        Assert.That(result.Stdout, Is.EqualTo("RecursionError\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void HugeAllocationsAreRefusedBeforeAllocating()
    {
        var result = PythonRunner.Run("tests = [\n    \"[0] * (10**11)\",\n    \"int('9' * 5000)\",\n    \"str(10 ** 5000)\",\n    \"'abc'.center(10**12)\",\n    \"'abc'.zfill(10**12)\",\n    \"1 << (10 ** 12)\",\n]\nfor t in tests:\n    try:\n        r = eval(t)\n        print(t, '->', type(r).__name__)\n    except Exception as e:\n        print(t, '->', type(e).__name__, str(e)[:100])\n");
        Assert.That(result.Stdout, Is.EqualTo("[0] * (10**11) -> MemoryError \nint('9' * 5000) -> ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_in\nstr(10 ** 5000) -> ValueError Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to i\n'abc'.center(10**12) -> MemoryError \n'abc'.zfill(10**12) -> MemoryError \n1 << (10 ** 12) -> MemoryError \n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
