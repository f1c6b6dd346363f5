using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_contextvars</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeContextvarsTests
{
    private static string Run(string source) => PythonRunner.Output("import _contextvars as cv\nv = cv.ContextVar('x', default=1)\nw = cv.ContextVar('w')\n" + source);

    [TestCase("t = v.set(5)\nprint(v.name, t.var is v, t.old_value, cv.Token.MISSING, v.get())\nv.reset(t)\nprint(v.get(), w.get('d'))",
        "x True <Token.MISSING> <Token.MISSING> 5\n1 d\n")]
    [TestCase("v.set(3)\nc = cv.copy_context()\ndef f(a):\n    v.set(a)\n    return v.get()\nprint(c.run(f, 9), v.get(), c[v], len(c), w in c, type(c).__name__)",
        "9 3 9 1 False Context\n")]
    [TestCase("print(cv.ContextVar[int], int(bytearray(b'101'), 2))", "_contextvars.ContextVar[int] 5\n")]
    public void BehavesAsCPython(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("w.get()", "LookupError True")]
    [TestCase("t = v.set(2); v.reset(t); v.reset(t)", "RuntimeError True")]
    [TestCase("w.reset(v.set(3))", "ValueError True")]
    [TestCase("cv.ContextVar(1)", "TypeError False")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, str(e).startswith('<'))\n"), Is.EqualTo(expected + "\n"));
}
