using NUnit.Framework;
using Warden.Hosting;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>Python exceptions reaching the host: the .NET PythonException and what it carries.</summary>
[TestFixture]
public class PythonExceptionTests
{
    [Test]
    public void CarriesTheExceptionObjectTypeNameAndMessage()
    {
        var engine = Python.CreateEngine();
        var error = Assert.Throws<PythonException>(() => engine.Execute("{}['missing']"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("KeyError"));
        Assert.That(error.PythonMessage, Is.EqualTo("'missing'"));
        Assert.That(error.Message, Is.EqualTo("KeyError: 'missing'"));
        Assert.That(error.Exception.Type.Name, Is.EqualTo("KeyError"));
        Assert.That(error.IsInstanceOf("LookupError"), Is.True);
        Assert.That(error.IsInstanceOf("ValueError"), Is.False);
    }

    [Test]
    public void UserDefinedExceptionsKeepTheirAttributes()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        engine.Execute("class AppError(Exception):\n    def __init__(self, code):\n        super().__init__(f'failed with {code}')\n        self.code = code", scope);
        var error = Assert.Throws<PythonException>(() => engine.Execute("raise AppError(7)", scope))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("AppError"));
        Assert.That(error.PythonMessage, Is.EqualTo("failed with 7"));
        Assert.That(engine.Operations.GetMember(error.Exception, "code"), Is.EqualTo(7));
        Assert.That(error.IsInstanceOf("Exception"), Is.True);
    }

    [Test]
    public void FormatsTheCPythonTraceback()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        var code = "def inner():\n    raise ValueError('bad value')\n\ndef outer():\n    inner()\n\nouter()\n";
        var error = Assert.Throws<PythonException>(() => engine.CreateScriptSourceFromString(code, "app.py").Execute(scope))!;
        // CPython 3.11 prints this for the same code in a file named app.py that does not exist on disk.
        Assert.That(error.FormatTraceback(), Is.EqualTo(
            "Traceback (most recent call last):\n" +
            "  File \"app.py\", line 7, in <module>\n" +
            "    outer()\n" +
            "  File \"app.py\", line 5, in outer\n" +
            "    inner()\n" +
            "  File \"app.py\", line 2, in inner\n" +
            "    raise ValueError('bad value')\n" +
            "ValueError: bad value\n"));
    }

    [Test]
    public void ChainedExceptionsAreFormattedWithTheirCause()
    {
        var engine = Python.CreateEngine();
        var error = Assert.Throws<PythonException>(() => engine.Execute("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise RuntimeError('wrapped') from e"))!;
        string traceback = error.FormatTraceback();
        Assert.That(traceback, Does.Contain("ZeroDivisionError: division by zero\n\nThe above exception was the direct cause of the following exception:\n\n"));
        Assert.That(traceback, Does.EndWith("RuntimeError: wrapped\n"));
    }

    [Test]
    public void SystemExitReachesTheHost()
    {
        var engine = Python.CreateEngine();
        var error = Assert.Throws<PythonException>(() => engine.Execute("import sys\nsys.exit(3)"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("SystemExit"));
        Assert.That(engine.Operations.GetMember(error.Exception, "code"), Is.EqualTo(3));
    }

    [Test]
    public void TheEngineStaysUsableAfterAnException()
    {
        var engine = Python.CreateEngine();
        var scope = engine.CreateScope();
        Assert.Throws<PythonException>(() => engine.Execute("x = 1\nraise TypeError('t')", scope));
        Assert.That(engine.Execute("x + 1", scope), Is.EqualTo(2));
    }

    [Test]
    public void HostCanCatchByPythonType()
    {
        var engine = Python.CreateEngine();
        try
        {
            engine.Execute("int('x')");
            Assert.Fail("no exception");
        }
        catch (PythonException e) when (e.Exception.Type == TypeObjects.ValueError)
        {
            Assert.That(e.PythonMessage, Is.EqualTo("invalid literal for int() with base 10: 'x'"));
        }
    }
}
