using NUnit.Framework;
using Warden.Compiler;
using Warden.Objects;

namespace Warden.Tests.Compiler;

/// <summary>
/// Scoping: for every code object the compiler produces, the sets of local, cell and free variable names
/// must equal CPython 3.11's co_varnames, co_cellvars and co_freevars (expected values from /usr/bin/python3.11).
/// </summary>
[TestFixture]
public class SymbolTableTests
{
    [Test]
    public void ClosureCellAndFree()
    {
        var codes = CodeObjects.ByPath("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/outer", new string[] { "inner" }, new string[] { "x" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/outer/inner", System.Array.Empty<string>(), System.Array.Empty<string>(), new string[] { "x" });
    }

    [Test]
    public void NonlocalRebinding()
    {
        var codes = CodeObjects.ByPath("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/counter", new string[] { "inc" }, new string[] { "n" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/counter/inc", System.Array.Empty<string>(), System.Array.Empty<string>(), new string[] { "n" });
    }

    [Test]
    public void GlobalDeclaration()
    {
        var codes = CodeObjects.ByPath("g = 0\ndef f():\n    global g\n    g = 1\n    h = 2\n    return h\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f", new string[] { "h" }, System.Array.Empty<string>(), System.Array.Empty<string>());
    }

    [Test]
    public void ParameterCapturedByClosure()
    {
        var codes = CodeObjects.ByPath("def f(a, b=1, *args, k, **kw):\n    def g():\n        return a + k\n    return g\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f", new string[] { "a", "args", "b", "g", "k", "kw" }, new string[] { "a", "k" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f/g", System.Array.Empty<string>(), System.Array.Empty<string>(), new string[] { "a", "k" });
    }

    [Test]
    public void ClassBodyIsNotAnEnclosingScope()
    {
        var codes = CodeObjects.ByPath("def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n    return C\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f", new string[] { "C" }, new string[] { "y" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f/C", System.Array.Empty<string>(), System.Array.Empty<string>(), new string[] { "y" });
        CodeObjects.AssertScope(codes, "<module>/f/C/m", new string[] { "self" }, System.Array.Empty<string>(), new string[] { "y" });
    }

    [Test]
    public void SuperCreatesClassCell()
    {
        var codes = CodeObjects.ByPath("class A:\n    def m(self):\n        return super().m()\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/A", System.Array.Empty<string>(), new string[] { "__class__" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/A/m", new string[] { "self" }, System.Array.Empty<string>(), new string[] { "__class__" });
    }

    [Test]
    public void ComprehensionScopes()
    {
        var codes = CodeObjects.ByPath("def f(xs):\n    k = 3\n    return [x * k for x in xs if x]\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f", new string[] { "xs" }, new string[] { "k" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f/<listcomp>", new string[] { ".0", "x" }, System.Array.Empty<string>(), new string[] { "k" });
    }

    [Test]
    public void FreeVariablePassesThroughMiddleFunction()
    {
        var codes = CodeObjects.ByPath("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/a", new string[] { "b" }, new string[] { "v" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/a/b", new string[] { "c" }, System.Array.Empty<string>(), new string[] { "v" });
        CodeObjects.AssertScope(codes, "<module>/a/b/c", System.Array.Empty<string>(), System.Array.Empty<string>(), new string[] { "v" });
    }

    [Test]
    public void LambdaDefaultsEvaluatedOutside()
    {
        var codes = CodeObjects.ByPath("def f():\n    i = 1\n    return lambda x=i: x + i\n");
        CodeObjects.AssertScope(codes, "<module>", System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f", System.Array.Empty<string>(), new string[] { "i" }, System.Array.Empty<string>());
        CodeObjects.AssertScope(codes, "<module>/f/<lambda>", new string[] { "x" }, System.Array.Empty<string>(), new string[] { "i" });
    }
}
