using NUnit.Framework;
using Warden.Cli;
using Warden.Hosting;

namespace Warden.Tests.Hosting;

/// <summary>The interactive prompt: prompts, blocks, echo, `_`, tracebacks, end of input; and the completeness rules behind it.</summary>
[TestFixture]
public class ReplTests
{
    private static (string Stdout, string Stderr, int ExitCode) Session(string typed)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = Repl.Run(new StringReader(typed), stdout, stderr);
        // The banner (two lines) differs from CPython's by design.
        string errors = string.Join("\n", stderr.ToString().Split('\n').Skip(2));
        return (stdout.ToString(), errors, rc);
    }

    [Test]
    public void SessionMatchesPython()
    {
        // Expected: /usr/bin/python3.11 -i with the same standard input (banner lines dropped).
        var (stdout, stderr, rc) = Session("1+1\nx = 5\nif x:\n  print(x)\n\n_ + 1\n1/0\nx = = 1\nfor i in range(2):\n  i\n\n");
        Assert.That(stdout, Is.EqualTo("2\n5\n3\n0\n1\n"));
        Assert.That(stderr, Is.EqualTo(
            ">>> >>> >>> ... ... >>> >>> Traceback (most recent call last):\n" +
            "  File \"<stdin>\", line 1, in <module>\n" +
            "ZeroDivisionError: division by zero\n" +
            ">>>   File \"<stdin>\", line 1\n" +
            "    x = = 1\n" +
            "        ^\n" +
            "SyntaxError: invalid syntax\n" +
            ">>> ... ... >>> \n"));
        Assert.That(rc, Is.EqualTo(0));
    }

    [Test]
    public void ExitEndsTheSessionWithItsCode()
    {
        var (_, _, rc) = Session("import sys\nsys.exit(4)\nprint('not reached')\n");
        Assert.That(rc, Is.EqualTo(4));
    }

    [Test]
    public void OpenBracketsAndStringsContinue()
    {
        // Expected from python3.11 -i: a list spread over lines and a triple-quoted string.
        var (stdout, stderr, _) = Session("[1,\n 2]\n'''a\nb'''\n");
        Assert.That(stdout, Is.EqualTo("[1, 2]\n'a\\nb'\n"));
        Assert.That(stderr, Is.EqualTo(">>> ... >>> ... >>> \n"));
    }

    [Test]
    public void FunctionsDefinedAtThePromptCanBeCalled()
    {
        var (stdout, _, _) = Session("def sq(n):\n    return n * n\n\nsq(9)\nNone\n");
        Assert.That(stdout, Is.EqualTo("81\n"));
    }

    [TestCase("if 1:", ScriptCodeParseResult.IncompleteStatement)]
    [TestCase("(1,", ScriptCodeParseResult.IncompleteToken)]
    [TestCase("'''abc", ScriptCodeParseResult.IncompleteToken)]
    [TestCase("x = \\", ScriptCodeParseResult.IncompleteToken)]
    [TestCase("if 1: pass", ScriptCodeParseResult.IncompleteStatement)]
    [TestCase("x = = 1", ScriptCodeParseResult.Invalid)]
    [TestCase("try:\n  pass", ScriptCodeParseResult.IncompleteStatement)]
    [TestCase("def f():\n  return 1\n", ScriptCodeParseResult.Complete)]
    [TestCase("@dec", ScriptCodeParseResult.IncompleteStatement)]
    [TestCase("x = 1", ScriptCodeParseResult.Complete)]
    [TestCase("if 1:\n  x\nelse:", ScriptCodeParseResult.IncompleteStatement)]
    [TestCase("class A:\n  pass\n\n", ScriptCodeParseResult.Complete)]
    [TestCase("if x:\n pass\n  pass", ScriptCodeParseResult.Invalid)]
    [TestCase("1 +", ScriptCodeParseResult.Invalid)]
    [TestCase("print(\"a\"", ScriptCodeParseResult.IncompleteToken)]
    [TestCase("for x in y:\n  pass\n", ScriptCodeParseResult.Complete)]
    [TestCase("  x = 1", ScriptCodeParseResult.Invalid)]
    [TestCase("# just a comment", ScriptCodeParseResult.Empty)]
    [TestCase("", ScriptCodeParseResult.Empty)]
    public void CompletenessFollowsCodeop(string text, ScriptCodeParseResult expected)
    {
        // Expected: codeop.compile_command(text, '<stdin>', 'single') in CPython 3.11 (None: incomplete).
        var engine = Python.CreateEngine();
        var result = engine.CreateScriptSourceFromString(text, SourceCodeKind.InteractiveCode).GetCodeProperties();
        Assert.That(result, Is.EqualTo(expected));
    }
}
