using NUnit.Framework;
using Warden.Hosting;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>ScriptScope: binding, reading, listing and removing variables.</summary>
[TestFixture]
public class ScriptScopeTests
{
    private ScriptEngine _engine = null!;

    [SetUp]
    public void CreateEngine() => _engine = Python.CreateEngine();

    [Test]
    public void SetVariableThenGetVariable()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("n", 5);
        scope.SetVariable("s", "text");
        scope.SetVariable("nothing", null);
        Assert.That(scope.GetVariable("n"), Is.EqualTo(5));
        Assert.That(scope.GetVariable("s"), Is.EqualTo("text"));
        Assert.That(scope.GetVariable("nothing"), Is.Null);
        Assert.That(_engine.Execute("type(n).__name__, type(s).__name__, nothing is None", scope), Is.InstanceOf<PyTuple>());
        Assert.That(_engine.Execute<string>("repr((type(n).__name__, type(s).__name__, nothing is None))", scope),
            Is.EqualTo("('int', 'str', True)"));
    }

    [Test]
    public void GetVariableOfTConverts()
    {
        var scope = _engine.CreateScope();
        _engine.Execute("big = 2 ** 70\nratio = 0.25\nitems = [1, 2, 3]", scope);
        Assert.That(scope.GetVariable<System.Numerics.BigInteger>("big"), Is.EqualTo(System.Numerics.BigInteger.Pow(2, 70)));
        Assert.That(scope.GetVariable<double>("ratio"), Is.EqualTo(0.25));
        Assert.That(scope.GetVariable<int[]>("items"), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void GetVariableOfAnUnboundNameThrows()
    {
        var scope = _engine.CreateScope();
        Assert.Throws<MissingMemberException>(() => scope.GetVariable("missing"));
        Assert.Throws<MissingMemberException>(() => scope.GetVariable<int>("missing"));
    }

    [Test]
    public void GetVariableOfTWithTheWrongTypeIsATypeError()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("s", "text");
        var error = Assert.Throws<PythonException>(() => scope.GetVariable<int>("s"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("TypeError"));
    }

    [Test]
    public void TryGetVariable()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("n", 7);
        Assert.That(scope.TryGetVariable("n", out var value), Is.True);
        Assert.That(value, Is.EqualTo(7));
        Assert.That(scope.TryGetVariable("m", out _), Is.False);
        Assert.That(scope.TryGetVariable<int>("n", out var typed), Is.True);
        Assert.That(typed, Is.EqualTo(7));
        Assert.That(scope.TryGetVariable<string>("n", out _), Is.False);
    }

    [Test]
    public void ContainsAndRemoveVariable()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("a", 1);
        Assert.That(scope.ContainsVariable("a"), Is.True);
        Assert.That(scope.RemoveVariable("a"), Is.True);
        Assert.That(scope.ContainsVariable("a"), Is.False);
        Assert.That(scope.RemoveVariable("a"), Is.False);
        var error = Assert.Throws<PythonException>(() => _engine.Execute("a", scope))!;
        Assert.That(error.Message, Is.EqualTo("NameError: name 'a' is not defined"));
    }

    [Test]
    public void GetVariableNamesListsWhatCodeAndHostBound()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("first", 1);
        _engine.Execute("second = 2\ndef third(): pass", scope);
        Assert.That(scope.GetVariableNames(), Is.EqualTo(new[] { "first", "second", "third" }));
        Assert.That(scope.GetItems().Select(kv => kv.Key), Is.EqualTo(new[] { "first", "second", "third" }));
    }

    [Test]
    public void PythonObjectsKeepTheirIdentityThroughAScope()
    {
        var scope = _engine.CreateScope();
        _engine.Execute("data = [1, 2]", scope);
        var data = scope.GetVariable("data");
        Assert.That(data, Is.InstanceOf<PyList>());
        var other = _engine.CreateScope();
        other.SetVariable("alias", data);
        _engine.Execute("alias.append(3)", other);
        Assert.That(_engine.Execute<string>("repr(data)", scope), Is.EqualTo("[1, 2, 3]"));
    }
}
