using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_contextvars</c> module. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeContextVarsTests
{
    /// <summary>set/get/reset, copies that do not see later changes, run in a context, messages.</summary>
    [Test]
    public void VariablesTokensAndContexts()
    {
        const string source = """
            import _contextvars as cv
            v = cv.ContextVar('v', default=1)
            w = cv.ContextVar('w')
            t = v.set(5)
            print(v.get(), t.var is v, t.old_value, cv.Token.MISSING, v.name, w.get(7))
            try:
                w.get()
            except LookupError as e:
                print(type(e).__name__)
            c = cv.copy_context()
            print(len(c), v in c, c[v], list(c.keys()) == [v], c.get(w, 'd'))
            def f(a):
                v.set(a)
                return v.get()
            print(c.run(f, 9), v.get(), c[v])
            v.reset(t)
            print(v.get())
            try:
                v.reset(t)
            except RuntimeError as e:
                print(str(e).startswith('<Token used var=<ContextVar name='), str(e).endswith('has already been used once'))
            try:
                c.run(lambda: c.run(lambda: 0))
            except RuntimeError as e:
                print(str(e).startswith('cannot enter context:'))
            try:
                w.reset(v.set(3))
            except ValueError as e:
                print(str(e).endswith('was created by a different ContextVar'))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("5 True <Token.MISSING> <Token.MISSING> v 7\nLookupError\n1 True 5 True d\n9 5 9\n1\nTrue True\nTrue\nTrue\n"));
    }
}
