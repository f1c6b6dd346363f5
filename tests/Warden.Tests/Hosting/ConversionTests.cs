using System.Collections;
using System.Numerics;
using NUnit.Framework;
using Warden.Hosting;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>Conversions between .NET and Python values, both ways.</summary>
[TestFixture]
public class ConversionTests
{
    private ScriptEngine _engine = null!;

    [SetUp]
    public void CreateEngine() => _engine = Python.CreateEngine();

    /// <summary>The Python type name and repr a host value has once handed in.</summary>
    private string Describe(object? value)
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("v", value);
        return _engine.Execute<string>("type(v).__name__ + ' ' + repr(v)", scope);
    }

    [Test]
    public void PrimitivesIntoPython()
    {
        Assert.That(Describe(null), Is.EqualTo("NoneType None"));
        Assert.That(Describe(true), Is.EqualTo("bool True"));
        Assert.That(Describe(42), Is.EqualTo("int 42"));
        Assert.That(Describe((byte)7), Is.EqualTo("int 7"));
        Assert.That(Describe(-5L), Is.EqualTo("int -5"));
        Assert.That(Describe(ulong.MaxValue), Is.EqualTo("int 18446744073709551615"));
        Assert.That(Describe(BigInteger.Pow(10, 30)), Is.EqualTo("int 1000000000000000000000000000000"));
        Assert.That(Describe(0.1), Is.EqualTo("float 0.1"));
        Assert.That(Describe(1.5f), Is.EqualTo("float 1.5"));
        Assert.That(Describe('c'), Is.EqualTo("str 'c'"));
        Assert.That(Describe("it's"), Is.EqualTo("str \"it's\""));
        Assert.That(Describe(new byte[] { 104, 105 }), Is.EqualTo("bytes b'hi'"));
        Assert.That(Describe(new Complex(1, 2)), Is.EqualTo("complex (1+2j)"));
    }

    [Test]
    public void CollectionsIntoPython()
    {
        Assert.That(Describe(new[] { 1, 2, 3 }), Is.EqualTo("list [1, 2, 3]"));
        Assert.That(Describe(new List<string> { "a", "b" }), Is.EqualTo("list ['a', 'b']"));
        Assert.That(Describe(new ArrayList { 1, "x", null }), Is.EqualTo("list [1, 'x', None]"));
        Assert.That(Describe(new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 }), Is.EqualTo("dict {'one': 1, 'two': 2}"));
        Assert.That(Describe(new Dictionary<int, int[]> { [1] = [2] }), Is.EqualTo("dict {1: [2]}"));
    }

    [Test]
    public void PrimitivesOutOfPython()
    {
        Assert.That(_engine.Execute("None"), Is.Null);
        Assert.That(_engine.Execute("True"), Is.EqualTo(true));
        Assert.That(_engine.Execute("7"), Is.EqualTo(7).And.InstanceOf<int>());
        Assert.That(_engine.Execute("2 ** 40"), Is.EqualTo(1L << 40).And.InstanceOf<long>());
        Assert.That(_engine.Execute("2 ** 100"), Is.EqualTo(BigInteger.Pow(2, 100)));
        Assert.That(_engine.Execute("1 / 4"), Is.EqualTo(0.25));
        Assert.That(_engine.Execute("'s'"), Is.EqualTo("s"));
        Assert.That(_engine.Execute("b'ab'"), Is.EqualTo(new byte[] { 97, 98 }));
    }

    [Test]
    public void TypedConversionsOutOfPython()
    {
        Assert.That(_engine.Execute<byte>("255"), Is.EqualTo((byte)255));
        Assert.That(_engine.Execute<double>("3"), Is.EqualTo(3.0));
        Assert.That(_engine.Execute<decimal>("3"), Is.EqualTo(3m));
        Assert.That(_engine.Execute<char>("'x'"), Is.EqualTo('x'));
        Assert.That(_engine.Execute<int?>("None"), Is.Null);
        Assert.That(_engine.Execute<int?>("5"), Is.EqualTo(5));
        Assert.That(_engine.Execute<DayOfWeek>("2"), Is.EqualTo(DayOfWeek.Tuesday));
        Assert.That(_engine.Execute<BigInteger>("-(10 ** 20)"), Is.EqualTo(-BigInteger.Pow(10, 20)));
    }

    [Test]
    public void OutOfRangeIntegersAreOverflowErrors()
    {
        var error = Assert.Throws<PythonException>(() => _engine.Execute<byte>("256"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("OverflowError"));
        Assert.Throws<PythonException>(() => _engine.Execute<int>("2 ** 31"));
        Assert.That(_engine.Execute<uint>("2 ** 31"), Is.EqualTo(2147483648u));
    }

    [Test]
    public void MismatchedTypesAreTypeErrors()
    {
        var error = Assert.Throws<PythonException>(() => _engine.Execute<int>("'12'"))!;
        Assert.That(error.Message, Is.EqualTo("TypeError: cannot convert 'str' object to Int32"));
        Assert.Throws<PythonException>(() => _engine.Execute<int>("1.5"));
        Assert.Throws<PythonException>(() => _engine.Execute<bool>("1"));
        Assert.Throws<PythonException>(() => _engine.Execute<int>("None"));
    }

    [Test]
    public void CollectionsOutOfPython()
    {
        Assert.That(_engine.Execute<int[]>("(1, 2)"), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(_engine.Execute<List<string>>("['a', 'b']"), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(_engine.Execute<IList<double>>("[1, 2.5]"), Is.EqualTo(new[] { 1.0, 2.5 }));
        Assert.That(_engine.Execute<IEnumerable<int>>("[3]"), Is.EqualTo(new[] { 3 }));
        Assert.That(_engine.Execute<HashSet<int>>("{1, 2}"), Is.EquivalentTo(new[] { 1, 2 }));
        var dict = _engine.Execute<Dictionary<string, int>>("{'a': 1, 'b': 2}");
        Assert.That(dict, Is.EqualTo(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
        var untyped = _engine.Execute<IDictionary>("{'k': [1]}");
        Assert.That(untyped["k"], Is.InstanceOf<PyList>());
        Assert.That(_engine.Execute<IList>("[1, 'x']"), Is.EqualTo(new object[] { 1, "x" }));
    }

    [Test]
    public void ContainersStayPythonObjectsWithoutATargetType()
    {
        Assert.That(_engine.Execute("[1]"), Is.InstanceOf<PyList>());
        Assert.That(_engine.Execute("{}"), Is.InstanceOf<PyDict>());
    }

    [Test]
    public void PythonFunctionAsDelegates()
    {
        var scope = _engine.CreateScope();
        _engine.Execute("def twice(s):\n    return s * 2\nseen = []", scope);
        var twice = scope.GetVariable<Func<string, string>>("twice");
        Assert.That(twice("ab"), Is.EqualTo("abab"));
        var record = _engine.Execute<Action<int>>("seen.append", scope);
        record(4);
        record(5);
        Assert.That(_engine.Execute<int[]>("seen", scope), Is.EqualTo(new[] { 4, 5 }));
        var lambda = _engine.Execute<Func<int, int, long>>("lambda a, b: a * b");
        Assert.That(lambda(6, 7), Is.EqualTo(42L));
        Assert.That(_engine.Execute<Predicate<int>>("lambda n: n > 2")(3), Is.True);
    }

    [Test]
    public void DelegatesRaisePythonExceptions()
    {
        var fail = _engine.Execute<Func<int, int>>("lambda n: n // 0");
        var error = Assert.Throws<PythonException>(() => fail(1))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("ZeroDivisionError"));
    }

    [Test]
    public void NonCallablesDoNotBecomeDelegates()
    {
        Assert.Throws<PythonException>(() => _engine.Execute<Func<int>>("3"));
    }

    [Test]
    public void HostDelegatesAreCallableFromPython()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("shout", new Func<string, string>(s => s.ToUpperInvariant() + "!"));
        scope.SetVariable("total", new Func<int[], int>(values => values.Sum()));
        Assert.That(_engine.Execute("shout('hi')", scope), Is.EqualTo("HI!"));
        Assert.That(_engine.Execute("total([1, 2, 3])", scope), Is.EqualTo(6));
        Assert.That(_engine.Execute("callable(shout)", scope), Is.EqualTo(true));
    }

    [Test]
    public void ConversionsWithoutAnEngine()
    {
        Assert.That(Conversions.ToClr(Conversions.ToPython(12)), Is.EqualTo(12));
        Assert.That(Conversions.ConvertTo<string>(PyStr.From("s")), Is.EqualTo("s"));
        Assert.That(Conversions.TryConvertTo<int>(PyStr.From("s"), out _), Is.False);
    }
}
