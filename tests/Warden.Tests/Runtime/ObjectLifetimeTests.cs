using System.Diagnostics;
using System.Reflection;
using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>
/// Objects must become unreachable once Python code drops its last reference: after
/// <c>del</c> and <c>gc.collect()</c> a weak reference to them reads None, as in CPython.
/// These guard against hidden holders in the interpreter (stale stack slots, pooled frames,
/// host locals of the dispatch loop). Only meaningful when Warden is JIT-optimized (Release):
/// unoptimized code keeps every host local alive to the end of its method, so a Debug build
/// of the dispatch loop holds the last objects it touched; run
/// <c>dotnet test -c Release --filter FullyQualifiedName~ObjectLifetimeTests</c>.
/// </summary>
[TestFixture]
public class ObjectLifetimeTests
{
    private const string Prelude = """
        import gc, weakref
        class Plain: pass
        class Built:
            def __init__(self, name):
                self.name = name

        """;

    [SetUp]
    public void RequireOptimizedInterpreter()
    {
        var debuggable = typeof(Warden.Runtime.Interpreter).Assembly.GetCustomAttribute<DebuggableAttribute>();
        if (debuggable?.IsJITOptimizerDisabled == true)
            Assert.Ignore("Warden is built without JIT optimisation (Debug): host locals outlive their use; run these tests with -c Release.");
    }

    private static string Run(string body) => PythonRunner.Output(Prelude + body + "\ngc.collect()\nprint(r())\n");

    [Test]
    public void PlainInstanceDiesAfterDel()
        => Assert.That(Run("o = Plain()\nr = weakref.ref(o)\ndel o"), Is.EqualTo("None\n"));

    [Test]
    public void InstanceBuiltThroughInitDiesAfterDel()
        => Assert.That(Run("o = Built('x')\nr = weakref.ref(o)\nprint(r() is o, r().name)\ndel o"), Is.EqualTo("True x\nNone\n"));

    [Test]
    public void ArgumentOfReturnedFunctionDies()
        => Assert.That(Run("def f(x):\n    y = x\n    return 1\no = Built('a')\nr = weakref.ref(o)\nf(o)\ndel o"), Is.EqualTo("None\n"));

    [Test]
    public void ObjectHeldByFinishedGeneratorDies()
        => Assert.That(Run("def g(x):\n    yield x\n    yield x\no = Plain()\nr = weakref.ref(o)\nprint(len(list(g(o))))\ndel o"),
            Is.EqualTo("2\nNone\n"));

    [Test]
    public void ObjectCreatedInsideGeneratorDies()
        => Assert.That(Run("def g():\n    yield Built('b')\nfor o in g():\n    r = weakref.ref(o)\ndel o"), Is.EqualTo("None\n"));

    [Test]
    public void ExceptionDiesAfterExceptBlock()
        => Assert.That(Run("class E(Exception): pass\ntry:\n    raise E()\nexcept E as e:\n    r = weakref.ref(e)\nprint('e' in dir())"),
            Is.EqualTo("False\nNone\n"));

    [Test]
    public void ExceptionCaughtInFunctionDiesAfterReturn()
        => Assert.That(Run("class E(Exception): pass\ndef k():\n    try:\n        raise E()\n    except E as e:\n        return weakref.ref(e)\nr = k()"),
            Is.EqualTo("None\n"));

    [Test]
    public void ExceptionPassingThroughNativeCodeDiesAfterExceptBlock()
        => Assert.That(Run("class E(Exception): pass\ndef bad(item):\n    raise E(item)\ntry:\n    sorted([1, 2], key=bad)\nexcept E as e:\n    r = weakref.ref(e)"),
            Is.EqualTo("None\n"));
}
