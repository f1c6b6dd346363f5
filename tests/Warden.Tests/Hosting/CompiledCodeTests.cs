using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>ScriptSource and CompiledCode: compile once, run many times, from text or from a file.</summary>
[TestFixture]
public class CompiledCodeTests
{
    [Test]
    public void CompiledCodeRunsInManyScopes()
    {
        var engine = Python.CreateEngine();
        var code = engine.CreateScriptSourceFromString("total = base * 2").Compile();
        var first = engine.CreateScope();
        first.SetVariable("base", 1);
        var second = engine.CreateScope();
        second.SetVariable("base", 10);
        code.Execute(first);
        code.Execute(second);
        code.Execute(second);
        Assert.That(first.GetVariable("total"), Is.EqualTo(2));
        Assert.That(second.GetVariable("total"), Is.EqualTo(20));
    }

    [Test]
    public void CompiledExpressionReturnsItsValue()
    {
        var engine = Python.CreateEngine();
        var code = engine.CreateScriptSourceFromString("n + 1").Compile();
        Assert.That(code.IsExpression, Is.True);
        var scope = engine.CreateScope();
        scope.SetVariable("n", 41);
        Assert.That(code.Execute(scope), Is.EqualTo(42));
        Assert.That(code.Execute<long>(scope), Is.EqualTo(42L));
    }

    [Test]
    public void ExecuteWithoutAScopeUsesTheDefaultScope()
    {
        var engine = Python.CreateEngine();
        var code = engine.CreateScriptSourceFromString("counter = globals().get('counter', 0) + 1").Compile();
        code.Execute();
        code.Execute();
        Assert.That(code.DefaultScope.GetVariable("counter"), Is.EqualTo(2));
    }

    [Test]
    public void SourceFromFileShowsItsLinesInTracebacks()
    {
        string path = Path.Combine(Path.GetTempPath(), $"warden_hosting_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "x = 1\ndef fail():\n    return 1 / 0\nresult = x + 1\n");
        try
        {
            var engine = Python.CreateEngine();
            var source = engine.CreateScriptSourceFromFile(path);
            Assert.That(source.Path, Is.EqualTo(path));
            var scope = engine.CreateScope();
            source.Compile().Execute(scope);
            Assert.That(scope.GetVariable("result"), Is.EqualTo(2));
            var error = Assert.Throws<PythonException>(() => engine.Execute("fail()", scope))!;
            // As CPython prints it for the same file and call made from code named <string>.
            Assert.That(error.FormatTraceback(), Is.EqualTo(
                "Traceback (most recent call last):\n" +
                "  File \"<string>\", line 1, in <module>\n" +
                $"  File \"{path}\", line 3, in fail\n" +
                "    return 1 / 0\n" +
                "           ~~^~~\n" +
                "ZeroDivisionError: division by zero\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SyntaxErrorsAreRaisedByCompile()
    {
        var engine = Python.CreateEngine();
        var source = engine.CreateScriptSourceFromString("x = (1,");
        var error = Assert.Throws<PythonException>(() => source.Compile())!;
        Assert.That(error.PythonTypeName, Is.EqualTo("SyntaxError"));
        Assert.That(error.PythonMessage, Does.StartWith("'(' was never closed"));
    }

    [Test]
    public void GetCodeReturnsTheText()
    {
        var engine = Python.CreateEngine();
        Assert.That(engine.CreateScriptSourceFromString("pass").GetCode(), Is.EqualTo("pass"));
    }

    [Test]
    public void AScopeOfAnotherEngineIsRefused()
    {
        var code = Python.CreateEngine().CreateScriptSourceFromString("1").Compile();
        Assert.Throws<ArgumentException>(() => code.Execute(Python.CreateEngine().CreateScope()));
    }
}
