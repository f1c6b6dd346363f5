using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>engine.Operations: calls, members and conversions performed from the host.</summary>
[TestFixture]
public class ObjectOperationsTests
{
    private ScriptEngine _engine = null!;
    private ScriptScope _scope = null!;

    [SetUp]
    public void CreateEngine()
    {
        _engine = Python.CreateEngine();
        _scope = _engine.CreateScope();
        _engine.Execute("""
            class Point:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def scaled(self, factor, *, offset=0):
                    return Point(self.x * factor + offset, self.y * factor + offset)
                def __repr__(self):
                    return f'Point({self.x}, {self.y})'
            def add(a, b=10):
                return a + b
            """, _scope);
    }

    [Test]
    public void InvokeCallsAPythonFunction()
    {
        var add = _scope.GetVariable("add")!;
        Assert.That(_engine.Operations.Invoke(add, 1, 2), Is.EqualTo(3));
        Assert.That(_engine.Operations.Invoke(add, 1), Is.EqualTo(11));
        Assert.That(_engine.Operations.Invoke(add, "a", "b"), Is.EqualTo("ab"));
    }

    [Test]
    public void InvokeWithKeywordArguments()
    {
        var add = _scope.GetVariable("add")!;
        Assert.That(_engine.Operations.Invoke(add, [5], new Dictionary<string, object?> { ["b"] = 1 }), Is.EqualTo(6));
    }

    [Test]
    public void InvokeAClassCreatesAnInstance()
    {
        var point = _engine.Operations.Invoke(_scope.GetVariable("Point")!, 1, 2)!;
        Assert.That(_engine.Operations.Format(point), Is.EqualTo("Point(1, 2)"));
    }

    [Test]
    public void GetMemberAndSetMember()
    {
        var point = _engine.Operations.Invoke(_scope.GetVariable("Point")!, 3, 4)!;
        Assert.That(_engine.Operations.GetMember(point, "x"), Is.EqualTo(3));
        _engine.Operations.SetMember(point, "x", 30);
        Assert.That(_engine.Operations.GetMember<long>(point, "x"), Is.EqualTo(30L));
        Assert.That(_engine.Operations.TryGetMember(point, "z", out _), Is.False);
        var error = Assert.Throws<PythonException>(() => _engine.Operations.GetMember(point, "z"))!;
        Assert.That(error.Message, Is.EqualTo("AttributeError: 'Point' object has no attribute 'z'"));
    }

    [Test]
    public void ContainsAndRemoveMember()
    {
        var point = _engine.Operations.Invoke(_scope.GetVariable("Point")!, 3, 4)!;
        Assert.That(_engine.Operations.ContainsMember(point, "y"), Is.True);
        Assert.That(_engine.Operations.ContainsMember(point, "scaled"), Is.True);
        Assert.That(_engine.Operations.RemoveMember(point, "y"), Is.True);
        Assert.That(_engine.Operations.ContainsMember(point, "y"), Is.False);
        Assert.That(_engine.Operations.RemoveMember(point, "y"), Is.False);
    }

    [Test]
    public void InvokeMemberCallsAMethod()
    {
        var point = _engine.Operations.Invoke(_scope.GetVariable("Point")!, 1, 2)!;
        var scaled = _engine.Operations.InvokeMember(point, "scaled", 3)!;
        Assert.That(_engine.Operations.Format(scaled), Is.EqualTo("Point(3, 6)"));
    }

    [Test]
    public void ConvertTo()
    {
        Assert.That(_engine.Operations.ConvertTo<int>(_engine.Execute("2 ** 10")), Is.EqualTo(1024));
        Assert.That(_engine.Operations.ConvertTo<string>("text"), Is.EqualTo("text"));
        Assert.That(_engine.Operations.TryConvertTo<int>("text", out _), Is.False);
        var add = _engine.Operations.ConvertTo<Func<int, int, int>>(_scope.GetVariable("add"));
        Assert.That(add(2, 3), Is.EqualTo(5));
    }

    [Test]
    public void GetMemberNamesIsDir()
    {
        var point = _engine.Operations.Invoke(_scope.GetVariable("Point")!, 1, 2)!;
        var names = _engine.Operations.GetMemberNames(point);
        Assert.That(names, Does.Contain("x").And.Contain("scaled").And.Contain("__init__"));
    }

    [Test]
    public void IsCallable()
    {
        Assert.That(_engine.Operations.IsCallable(_scope.GetVariable("add")), Is.True);
        Assert.That(_engine.Operations.IsCallable(3), Is.False);
    }
}
