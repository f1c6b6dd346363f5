using NUnit.Framework;
using Warden.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>
/// How a program ends on an uncaught KeyboardInterrupt or a compile-time error: the report on
/// stderr and the exit status. Expected stderr was produced by CPython 3.11 (/usr/bin/python3.11 FILE).
/// </summary>
[TestFixture]
public class UncaughtExitTests
{
    [Test]
    public void KeyboardInterruptPrintsTracebackAndReportsTheSignalExit()
    {
        var result = PythonRunner.Run("print(\"raising\")\nraise KeyboardInterrupt\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo("raising\n"));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 2, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n"));
        // CPython then kills itself with SIGINT; a library caller gets 128 + SIGINT and the flag.
        Assert.That(result.ExitCode, Is.EqualTo(ScriptRunner.KeyboardInterruptExitCode));
        Assert.That(ScriptRunner.EndedByKeyboardInterrupt, Is.True);
    }

    [Test]
    public void OtherExceptionsDoNotSetTheKeyboardInterruptFlag()
    {
        var result = PythonRunner.Run("raise ValueError('x')\n");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(ScriptRunner.EndedByKeyboardInterrupt, Is.False);
    }

    [Test]
    public void UnexpectedIndentHasNoCaret()
    {
        var result = PythonRunner.Run("def f():\n    x = 1\n      y = 2\n    return x\n", asFile: true);
        Assert.That(result.Stderr, Is.EqualTo("  File \"{FILE}\", line 3\n    y = 2\nIndentationError: unexpected indent\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void CompilerErrorShowsTheSourceLine()
    {
        var result = PythonRunner.Run("x = 1\nreturn 5\n", asFile: true);
        Assert.That(result.Stderr, Is.EqualTo("  File \"{FILE}\", line 2\n    return 5\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }
}
