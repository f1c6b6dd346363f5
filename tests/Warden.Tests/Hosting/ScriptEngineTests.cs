using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>ScriptEngine: creating engines and scopes, executing code, search paths and imports.</summary>
[TestFixture]
public class ScriptEngineTests
{
    [Test]
    public void ExecuteReturnsTheValueOfAnExpression()
    {
        var engine = Python.CreateEngine();
        Assert.That(engine.Execute("6 * 7"), Is.EqualTo(42));
        Assert.That(engine.Execute("'a' + 'b'"), Is.EqualTo("ab"));
    }

    [Test]
    public void ExecuteOfStatementsReturnsNull()
    {
        var engine = Python.CreateEngine();
        Assert.That(engine.Execute("x = 1\ny = x + 1"), Is.Null);
    }

    [Test]
    public void ExecuteInAScopeKeepsItsBindings()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("def square(n):\n    return n * n\nresult = square(12)", scope);
        Assert.That(scope.GetVariable("result"), Is.EqualTo(144));
        Assert.That(engine.Execute("square(3) + result", scope), Is.EqualTo(153));
    }

    [Test]
    public void ExecuteOfTConvertsTheResult()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        scope.SetVariable("x", 20);
        Assert.That(engine.Execute<int>("x * 2 + 2", scope), Is.EqualTo(42));
        Assert.That(engine.Execute<double>("x / 8", scope), Is.EqualTo(2.5));
        Assert.That(engine.Execute<List<int>>("[x, x + 1]", scope), Is.EqualTo(new[] { 20, 21 }));
        Assert.That(engine.Execute<string>("str(20)"), Is.EqualTo("20"));
    }

    [Test]
    public void CreateScopeWithVariables()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope(new Dictionary<string, object?> { ["a"] = 2, ["b"] = "x" });
        Assert.That(engine.Execute("b * a", scope), Is.EqualTo("xx"));
    }

    [Test]
    public void NewScopesAreMainModulesOfTheEngine()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("class A: pass\nname = A.__module__\nlength = len('abc')", scope);
        Assert.That(scope.GetVariable("name"), Is.EqualTo("__main__"));
        Assert.That(scope.GetVariable("length"), Is.EqualTo(3));
    }

    [Test]
    public void ImportModuleReturnsTheModuleNamespace()
    {
        var engine = Python.CreateEngine();
        var math = engine.ImportModule("math");
        Assert.That(math.GetVariable<double>("pi"), Is.EqualTo(Math.PI));
        Assert.That(engine.Operations.Invoke(math.GetVariable("sqrt")!, 16), Is.EqualTo(4.0));
    }

    [Test]
    public void SetSearchPathsFindsModulesThere()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"warden_hosting_{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "greeting.py"), "def greet(name):\n    return 'hello ' + name\n");
            var engine = Python.CreateEngine();
            engine.SetSearchPaths([dir]);
            Assert.That(engine.GetSearchPaths(), Is.EqualTo(new[] { dir }));
            var module = engine.ImportModule("greeting");
            Assert.That(engine.Operations.Invoke(module.GetVariable("greet")!, "warden"), Is.EqualTo("hello warden"));
            var scope = engine.CreateScope();
            Assert.That(engine.Execute("import greeting\ngreeting.greet('x')", scope), Is.Null);
            Assert.That(engine.Execute("__import__('greeting').greet('y')", scope), Is.EqualTo("hello y"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void SearchPathsComeFromTheOptions()
    {
        var engine = Python.CreateEngine(new EngineOptions { SearchPaths = ["/first", "/second"], IncludeStandardLibrary = false });
        Assert.That(engine.GetSearchPaths(), Is.EqualTo(new[] { "/first", "/second" }));
        Assert.That(engine.Execute("__import__('sys').path"), Is.Not.Null);
        Assert.That(engine.Execute<List<string>>("__import__('sys').path"), Is.EqualTo(new[] { "/first", "/second" }));
    }

    [Test]
    public void OptionsSetArgvAndRecursionLimit()
    {
        var engine = Python.CreateEngine(new EngineOptions { Arguments = ["app", "-v"], RecursionLimit = 200 });
        Assert.That(engine.Execute<string[]>("__import__('sys').argv"), Is.EqualTo(new[] { "app", "-v" }));
        Assert.That(engine.Execute("__import__('sys').getrecursionlimit()"), Is.EqualTo(200));
    }

    [Test]
    public void MissingModuleIsModuleNotFoundError()
    {
        var engine = Python.CreateEngine(new EngineOptions { IncludeStandardLibrary = false });
        var error = Assert.Throws<PythonException>(() => engine.ImportModule("no_such_module_here"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("ModuleNotFoundError"));
        Assert.That(error.PythonMessage, Is.EqualTo("No module named 'no_such_module_here'"));
    }

    [Test]
    public void BuiltinAndSysModulesAreReachable()
    {
        var engine = Python.CreateEngine();
        Assert.That(engine.GetBuiltinModule().ContainsVariable("len"), Is.True);
        Assert.That(engine.GetSysModule().GetVariable("platform"), Is.EqualTo("linux"));
    }

    [Test]
    public void DeepRecursionIsARecursionErrorNotACrash()
    {
        var engine = Python.CreateEngine();
        var error = Assert.Throws<PythonException>(() => engine.Execute("def f(n):\n    return f(n + 1)\nf(0)"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("RecursionError"));
    }

    [Test]
    public void CreateModuleIsImportable()
    {
        var engine = Python.CreateEngine();
        var settings = engine.CreateModule("settings");
        settings.SetVariable("level", 3);
        Assert.That(engine.Execute("__import__('settings').level"), Is.EqualTo(3));
        Assert.That(engine.Execute("__import__('sys').modules['settings'].__name__"), Is.EqualTo("settings"));
    }

    [Test]
    public void FormatExceptionSuggestsNamesFromTheScope()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("counter = 1", scope);
        var error = Assert.Throws<PythonException>(() => engine.Execute("countr + 1", scope))!;
        // CPython 3.11's report for the same code run with -c.
        Assert.That(engine.FormatException(error, scope), Is.EqualTo(
            "Traceback (most recent call last):\n" +
            "  File \"<string>\", line 1, in <module>\n" +
            "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n"));
    }
}
