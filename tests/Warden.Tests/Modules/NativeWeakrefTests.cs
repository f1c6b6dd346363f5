using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_weakref</c> and <c>gc</c> modules; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeWeakrefTests
{
    private const string Script = """
        import _weakref, gc
        class C: pass
        o = C()
        r = _weakref.ref(o)
        print(r() is o, r is _weakref.ref(o), _weakref.getweakrefcount(o), hash(r) == hash(o), r == _weakref.ref(o))
        log = []
        r2 = _weakref.ref(o, lambda w: log.append(w is r2))
        print(_weakref.getweakrefcount(o), len(_weakref.getweakrefs(o)), r2.__callback__ is not None)
        del o
        print(gc.collect(), r(), log, gc.isenabled())
        gc.disable(); print(gc.isenabled()); gc.enable()

        """;

    /// <summary>Callbacks of dead referents run by the time <c>gc.collect()</c> returns, as in CPython here.</summary>
    [Test]
    public void RefsCallbacksAndCollect()
        => Assert.That(PythonRunner.Output(Script),
            Is.EqualTo("True True 1 True True\n2 2 True\n0 None [True] True\nFalse\n"));
}
