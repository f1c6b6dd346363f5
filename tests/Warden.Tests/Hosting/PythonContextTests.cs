using NUnit.Framework;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Tests.Hosting;

/// <summary>Interpreter contexts: each owns sys.modules, sys and builtins; threads switch between them.</summary>
[TestFixture]
public class PythonContextTests
{
    [Test]
    public void TwoContextsShareNoModuleState()
    {
        var a = new PythonContext();
        var b = new PythonContext();
        Assert.That(a.Modules, Is.Not.SameAs(b.Modules));
        Assert.That(a.Sys, Is.Not.SameAs(b.Sys));
        Assert.That(a.BuiltinsDict, Is.Not.SameAs(b.BuiltinsDict));
        Assert.That(a.Modules.TryGetStr("builtins", out var builtins) ? builtins : null, Is.SameAs(a.BuiltinsModule));
    }

    [Test]
    public void SysIsCreatedOncePerContext()
    {
        var context = new PythonContext { Argv = ["prog", "x"] };
        Assert.That(context.Sys, Is.SameAs(context.Sys));
        Assert.That(PyOps.Repr(context.Sys.Dict.TryGetStr("argv", out var argv) ? argv : PyNone.Instance), Is.EqualTo("['prog', 'x']"));
    }

    [Test]
    public void BuiltinsDictLeadsBackToItsContext()
    {
        var context = new PythonContext();
        Assert.That(PythonContext.OwnerOf(context.BuiltinsDict), Is.SameAs(context));
        Assert.That(PythonContext.OwnerOf(new PyDict()), Is.Null);
    }

    [Test]
    public void EnterSwitchesAndRestoresTheThreadsContext()
    {
        var ts = ThreadState.Current;
        var outer = ts.Context;
        var inner = new PythonContext { RecursionLimit = 321 };
        using (ts.Enter(inner))
        {
            Assert.That(ts.Context, Is.SameAs(inner));
            Assert.That(ts.Modules, Is.SameAs(inner.Modules));
            Assert.That(ts.RecursionLimit, Is.EqualTo(321));
        }
        Assert.That(ts.Context, Is.SameAs(outer));
    }

    [Test]
    public void SearchPathCanBeReplaced()
    {
        var context = new PythonContext();
        context.SetSearchPath(["/a", "/b"]);
        Assert.That(context.GetSearchPath(), Is.EqualTo(new[] { "/a", "/b" }));
    }
}
