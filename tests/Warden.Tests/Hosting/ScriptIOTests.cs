using System.Text;
using NUnit.Framework;
using Warden.Hosting;

namespace Warden.Tests.Hosting;

/// <summary>engine.Runtime.IO: redirecting an engine's standard streams.</summary>
[TestFixture]
public class ScriptIOTests
{
    [Test]
    public void SetOutputToAStream()
    {
        var engine = Python.CreateEngine();
        var stream = new MemoryStream();
        engine.Runtime.IO.SetOutput(stream, Encoding.UTF8);
        engine.Execute("print('héllo', 1)\nimport sys\nsys.stdout.write('x\\n')");
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("héllo 1\nx\n"));
    }

    [Test]
    public void SetErrorOutputToAStream()
    {
        var engine = Python.CreateEngine();
        var stream = new MemoryStream();
        engine.Runtime.IO.SetErrorOutput(stream, Encoding.UTF8);
        engine.Execute("import sys\nsys.stderr.write('warning\\n')");
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("warning\n"));
    }

    [Test]
    public void SetOutputAndErrorToWriters()
    {
        var engine = Python.CreateEngine();
        var output = new StringWriter();
        var errors = new StringWriter();
        engine.Runtime.IO.SetOutput(output);
        engine.Runtime.IO.SetErrorOutput(errors);
        engine.Execute("import sys\nprint('out')\nprint('err', file=sys.stderr)");
        Assert.That(output.ToString(), Is.EqualTo("out\n"));
        Assert.That(errors.ToString(), Is.EqualTo("err\n"));
        Assert.That(engine.Runtime.IO.OutputWriter, Is.SameAs(output));
    }

    [Test]
    public void SetInputFromAStreamAndAReader()
    {
        var engine = Python.CreateEngine();
        engine.Runtime.IO.SetOutput(new StringWriter());
        engine.Runtime.IO.SetInput(new MemoryStream(Encoding.UTF8.GetBytes("first line\nsecond\n")), Encoding.UTF8);
        Assert.That(engine.Execute("input() + '|' + input('prompt')"), Is.EqualTo("first line|second"));
        engine.Runtime.IO.SetInput(new StringReader("typed\n"));
        Assert.That(engine.Execute("input()"), Is.EqualTo("typed"));
        var error = Assert.Throws<Warden.Runtime.PythonException>(() => engine.Execute("input()"))!;
        Assert.That(error.Message, Is.EqualTo("EOFError: EOF when reading a line"));
    }

    [Test]
    public void TwoEnginesPrintToTheirOwnOutput()
    {
        var a = Python.CreateEngine();
        var b = Python.CreateEngine();
        var outA = new StringWriter();
        var outB = new StringWriter();
        a.Runtime.IO.SetOutput(outA);
        b.Runtime.IO.SetOutput(outB);
        a.Execute("print('from a')");
        b.Execute("print('from b')");
        Assert.That(outA.ToString(), Is.EqualTo("from a\n"));
        Assert.That(outB.ToString(), Is.EqualTo("from b\n"));
    }

    [Test]
    public void SysStdinReadsTheEnginesInput()
    {
        var engine = Python.CreateEngine();
        engine.Runtime.IO.SetInput(new StringReader("one\ntwo\nthree"));
        // Expected from CPython: sys.stdin over the same text.
        Assert.That(engine.Execute<string>("repr(__import__('sys').stdin.readline())"), Is.EqualTo("'one\\n'"));
        Assert.That(engine.Execute<string>("repr([line for line in __import__('sys').stdin])"), Is.EqualTo("['two\\n', 'three']"));
        Assert.That(engine.Execute<string>("repr(__import__('sys').stdin.read())"), Is.EqualTo("''"));
    }
}
