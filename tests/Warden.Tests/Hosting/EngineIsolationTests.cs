using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>Two engines in one process share no module state.</summary>
[TestFixture]
public class EngineIsolationTests
{
    [Test]
    public void SysModulesAreSeparate()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import sys\nsys.modules['shared'] = 'from a'\nsys.marker = 1");
        Assert.That(b.Execute("'shared' in __import__('sys').modules"), Is.EqualTo(false));
        Assert.That(b.Execute("hasattr(__import__('sys'), 'marker')"), Is.EqualTo(false));
        Assert.That(a.Execute("__import__('sys').marker"), Is.EqualTo(1));
    }

    [Test]
    public void ImportedModulesAreSeparateObjects()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import math\nmath.tau = 'patched'");
        Assert.That(b.Execute("__import__('math').tau"), Is.EqualTo(Math.Tau));
        Assert.That(a.Execute("__import__('math').tau"), Is.EqualTo("patched"));
    }

    [Test]
    public void SourceModulesRunOncePerEngine()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"warden_iso_{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "counter.py"), "count = 0\ndef bump():\n    global count\n    count += 1\n    return count\n");
            var a = Python.CreateEngine(new EngineOptions { SearchPaths = [dir] });
            var b = Python.CreateEngine(new EngineOptions { SearchPaths = [dir] });
            a.Execute("import counter\ncounter.bump()\ncounter.bump()");
            Assert.That(a.Execute("__import__('counter').count"), Is.EqualTo(2));
            Assert.That(b.Execute("__import__('counter').bump()"), Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void BuiltinsAreSeparate()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("import builtins\nbuiltins.len = lambda x: -1\nbuiltins.extra = 5");
        Assert.That(a.Execute("len('abc')"), Is.EqualTo(-1));
        Assert.That(b.Execute("len('abc')"), Is.EqualTo(3));
        var error = Assert.Throws<PythonException>(() => b.Execute("extra"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("NameError"));
    }

    [Test]
    public void HostCanRemoveABuiltinFromOneEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.GetBuiltinModule().RemoveVariable("open");
        Assert.Throws<PythonException>(() => a.Execute("open"));
        Assert.That(b.Execute("callable(open)"), Is.EqualTo(true));
    }

    [Test]
    public void BuiltinTypesCannotBeChangedToReachAnotherEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        Assert.Throws<PythonException>(() => a.Execute("int.evil = 1"));
        Assert.Throws<PythonException>(() => a.Execute("type.__setattr__(str, 'evil', 1)"));
        Assert.Throws<PythonException>(() => a.Execute("vars(int)['evil'] = 1"));
        Assert.That(b.Execute("hasattr(int, 'evil')"), Is.EqualTo(false));
    }

    [Test]
    public void RecursionLimitIsPerEngine()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        a.Execute("__import__('sys').setrecursionlimit(150)");
        Assert.That(a.Execute("__import__('sys').getrecursionlimit()"), Is.EqualTo(150));
        Assert.That(b.Execute("__import__('sys').getrecursionlimit()"), Is.EqualTo(1000));
    }

    [Test]
    public void AnEngineCanRunAnotherFromAHostCallback()
    {
        var outer = Python.CreateEngine();
        var inner = Python.CreateEngine();
        inner.Execute("import sys\nsys.who = 'inner'");
        var scope = outer.CreateScope();
        scope.SetVariable("ask_inner", new Func<string, object?>(code => inner.Execute(code)));
        outer.Execute("import sys\nsys.who = 'outer'", scope);
        Assert.That(outer.Execute("ask_inner('__import__(\"sys\").who') + ' ' + sys.who", scope), Is.EqualTo("inner outer"));
    }

    [Test]
    public void SubclassesDoNotRevealAnotherEnginesClasses()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var scope = a.CreateScope();
        a.Execute("class SecretHolder:\n    pass", scope);
        Assert.That(a.Execute("'SecretHolder' in [c.__name__ for c in object.__subclasses__()]", scope), Is.EqualTo(true));
        Assert.That(b.Execute("'SecretHolder' in [c.__name__ for c in object.__subclasses__()]"), Is.EqualTo(false));
        Assert.That(b.Execute("'int' in [c.__name__ for c in object.__subclasses__()]"), Is.EqualTo(true));
    }

    [Test]
    public void HostTypesAreNotListedAsSubclasses()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        scope.SetVariable("handle", new System.Text.StringBuilder("x"));
        Assert.That(engine.Execute("type(handle) in object.__subclasses__()", scope), Is.EqualTo(false));
        Assert.That(engine.Execute("str(handle)", scope), Is.EqualTo("x"));
    }
}
