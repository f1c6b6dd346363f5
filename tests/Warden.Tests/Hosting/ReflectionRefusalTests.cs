using System.Collections;
using System.Reflection;
using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>
/// Reflection objects never become Python values, whichever way they travel: returned directly,
/// through <c>object</c>, inside arrays, lists, dictionaries (as keys or values), nested
/// collections, enumerables, or passed by the host itself.
/// </summary>
[TestFixture]
public class ReflectionRefusalTests
{
    private const string Refused = "TypeError: reflection objects are not available to Python";

    public sealed class Smuggler
    {
        public object[] Array => [1, typeof(string)];
        public List<object> List => ["ok", typeof(string).GetMethod("Trim", Type.EmptyTypes)!];
        public Dictionary<string, object> Values => new() { ["t"] = typeof(int).Assembly };
        public Hashtable Keys => new() { [typeof(int)] = 1 };
        public List<List<object>> Nested => [[1], [2, typeof(Smuggler).GetConstructors()[0]]];
        public IEnumerable<object> Lazy => YieldTypes();
        public IList Untyped => new ArrayList { typeof(int).Module };
        public object ParameterInside => new object[] { typeof(Smuggler).GetMethod(nameof(Echo))!.GetParameters()[0] };
        public List<Type> Types => [typeof(int)];
        public object Echo(object value) => value;

        private static IEnumerable<object> YieldTypes()
        {
            yield return 1;
            yield return typeof(int);
        }
    }

    private ScriptEngine _engine = null!;
    private ScriptScope _scope = null!;

    [SetUp]
    public void SetUp()
    {
        _engine = Python.CreateEngine();
        _scope = _engine.CreateScope();
        _scope.SetVariable("smuggler", new Smuggler());
    }

    [TestCase("smuggler.Array")]
    [TestCase("smuggler.List")]
    [TestCase("smuggler.Values")]
    [TestCase("smuggler.Keys")]
    [TestCase("smuggler.Nested")]
    [TestCase("list(smuggler.Lazy)")]
    [TestCase("smuggler.Untyped")]
    [TestCase("smuggler.ParameterInside")]
    [TestCase("smuggler.Types")]
    public void ReflectionInsideACollectionIsRefused(string expression)
    {
        var error = Assert.Throws<PythonException>(() => _engine.Execute(expression, _scope))!;
        Assert.That(error.Message, Is.EqualTo(Refused));
    }

    [Test]
    public void TheRefusalIsAnOrdinaryPythonException()
    {
        _engine.Execute("""
            try:
                smuggler.Nested
                r = 'leaked'
            except TypeError as e:
                r = str(e)
            """, _scope);
        Assert.That(_scope.GetVariable("r"), Is.EqualTo("reflection objects are not available to Python"));
    }

    [Test]
    public void HostCannotHandReflectionToPythonEither()
    {
        var error = Assert.Throws<PythonException>(() => _scope.SetVariable("t", typeof(string)))!;
        Assert.That(error.Message, Is.EqualTo(Refused));
        error = Assert.Throws<PythonException>(() => _scope.SetVariable("ts", new object[] { typeof(string) }))!;
        Assert.That(error.Message, Is.EqualTo(Refused));
    }

    [Test]
    public void DelegateArgumentsAreCheckedToo()
    {
        _engine.Execute("def take(x):\n    return 'called'", _scope);
        var take = _scope.GetVariable<Func<object, object>>("take");
        var error = Assert.Throws<PythonException>(() => take(new List<object> { typeof(int) }))!;
        Assert.That(error.Message, Is.EqualTo(Refused));
        Assert.That(take(new List<object> { 1 }), Is.EqualTo("called"));
    }

    [Test]
    public void ACollectionContainingItselfConvertsWithoutRecursingForever()
    {
        var loop = new ArrayList { 1 };
        loop.Add(loop);
        _scope.SetVariable("loop", loop);
        Assert.That(_engine.Execute("repr(loop)", _scope), Is.EqualTo("[1, [...]]"));
        Assert.That(_engine.Execute("loop[1] is loop", _scope), Is.EqualTo(true));
    }

    [Test]
    public void OrdinaryCollectionsStillConvert()
    {
        _scope.SetVariable("data", new Dictionary<string, object> { ["xs"] = new[] { 1, 2 }, ["name"] = "n" });
        Assert.That(_engine.Execute("repr(data)", _scope), Is.EqualTo("{'xs': [1, 2], 'name': 'n'}"));
    }
}
