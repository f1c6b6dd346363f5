using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Compiler;

/// <summary>
/// <c>from __future__ import annotations</c> (PEP 563) end to end: what lands in
/// <c>__annotations__</c> and what is (not) evaluated. Expected outputs were produced by
/// /usr/bin/python3.11.
/// </summary>
[TestFixture]
public class FutureAnnotationsTests
{
    /// <summary>Function parameters and return, class and module variables store their annotation text; undefined names are never looked up.</summary>
    [Test]
    public void FunctionClassAndModuleAnnotationsAreStrings()
    {
        const string source = """
            from __future__ import annotations
            def f(a: dict[str, int] | None = None, *args: tuple[int, ...], **kw: "X") -> list[int]: pass
            print(f.__annotations__)
            class P:
                x: int
                y: "list[int]" = None
                __z: Undefined
            print(P.__annotations__)
            m: Foo[Bar] = 1
            n: 1e10
            print(__annotations__)
            """;
        var result = PythonRunner.Run(source);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("{'a': 'dict[str, int] | None', 'args': 'tuple[int, ...]', 'kw': \"'X'\", 'return': 'list[int]'}\n{'x': 'int', 'y': \"'list[int]'\", '_P__z': 'Undefined'}\n{'m': 'Foo[Bar]', 'n': '10000000000.0'}\n"));
    }

    // Annotated attribute, subscript and parenthesized-name targets, logging what gets evaluated.
    private const string ComplexTargetsProgram = """
        log = []
        def note(x):
            log.append(x)
            return x
        class B:
            def __repr__(self): return 'B'
        b = B()
        note(b).attr: note('ann1')
        x = [0, 0]
        note('x')
        note(x)[note(0)]: note('ann2')
        note(x)[note(0):note(1), note(2)]: note('ann3')
        (name): note('ann4')
        note(b).v: note('ann5') = note('value')
        def inner():
            note(b).q: note('never')
            (y): note('never2')
        inner()
        print(log[1:], len(log), __annotations__)
        """;

    /// <summary>Without the future import, an annotated attribute or subscript target evaluates its object, its index parts and (outside functions) the annotation, and stores nothing.</summary>
    [Test]
    public void ComplexTargetsEvaluateTheirObjectAndAnnotation()
    {
        var result = PythonRunner.Run(ComplexTargetsProgram);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("['ann1', 'x', [0, 0], 0, 'ann2', [0, 0], 0, 1, 2, 'ann3', 'ann4', 'value', B, 'ann5', B] 16 {}\n"));
    }

    /// <summary>Under the future import the annotation of a complex target is not evaluated; the target's object and index still are.</summary>
    [Test]
    public void ComplexTargetsUnderFutureImportEvaluateOnlyTheirObject()
    {
        var result = PythonRunner.Run("from __future__ import annotations\n" + ComplexTargetsProgram);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("['x', [0, 0], 0, [0, 0], 0, 1, 2, 'value', B, B] 11 {}\n"));
    }

    /// <summary>Names used only in lazy annotations create no cells; private names are mangled in keys but not in the text; lambdas and f-strings are rendered back.</summary>
    [Test]
    public void NamesInAnnotationsCaptureNothing()
    {
        const string source = """
            from __future__ import annotations
            def outer():
                x = 1
                def inner(a: x) -> x: pass
                class K:
                    y: x
                return inner, K
            i, K = outer()
            print(outer.__code__.co_cellvars, i.__code__.co_freevars, i.__annotations__, K.__annotations__)
            class C:
                __p: __q
                def m(self, __a: __b = 1, *, k: C | None) -> __C: pass
            print(C.__annotations__, C.m.__annotations__)
            print((lambda a=1: a).__annotations__)
            def g(x: f'{x!r:>{10}}', y: lambda: (yield)) -> 'it\'s': pass
            print(g.__annotations__)
            """;
        var result = PythonRunner.Run(source);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("() () {'a': 'x', 'return': 'x'} {'y': 'x'}\n{'_C__p': '__q'} {'_C__a': '__b', 'k': 'C | None', 'return': '__C'}\n{}\n{'x': \"f'{x!r:>{10}}'\", 'y': 'lambda: (yield)', 'return': '\"it\\'s\"'}\n"));
    }

    /// <summary>Yield, await and walrus cannot appear in a lazy annotation (outside a nested lambda).</summary>
    [TestCase("def f(a: (yield)): pass", "'yield expression' can not be used within an annotation")]
    [TestCase("async def f():\n    def g(a: await x): pass", "'await expression' can not be used within an annotation")]
    [TestCase("x: (y := 1)", "'named expression' can not be used within an annotation")]
    [TestCase("def f() -> [a for b in (c := d)]: pass", "'named expression' can not be used within an annotation")]
    public void ForbiddenExpressionsAreSyntaxErrors(string statement, string message)
    {
        var result = PythonRunner.Run("from __future__ import annotations\n" + statement + "\n");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Stderr, Does.EndWith("SyntaxError: " + message + "\n"));
    }

    /// <summary>Lambdas and comprehensions in a lazy annotation are never compiled, so what is legal only there passes.</summary>
    [Test]
    public void NestedScopesInAnnotationsAreNotRejected()
    {
        var result = PythonRunner.Run("from __future__ import annotations\ndef f(a: lambda: (yield), b: [(y := 1) for x in z]): pass\nprint(f.__annotations__)\n");
        Assert.That(result.Stdout, Is.EqualTo("{'a': 'lambda: (yield)', 'b': '[(y := 1) for x in z]'}\n"));
    }

    /// <summary>exec, eval and compile inherit the caller's future import unless dont_inherit; flags can ask for it.</summary>
    [Test]
    public void DynamicCodeInheritsTheFutureImport()
    {
        const string source = """
            from __future__ import annotations
            inherited = compile("def g(x: y) -> z: pass", "<s>", "exec")
            namespace = {}
            exec(inherited, namespace)
            print(namespace["g"].__annotations__, inherited.co_flags & 0x1000000)
            isolated = compile("def g(x: y): pass", "<s>", "exec", dont_inherit=True)
            print(isolated.co_flags & 0x1000000)
            explicit = compile("def g(x: y): pass", "<s>", "exec", flags=0x1000000, dont_inherit=True)
            exec(explicit, namespace)
            print(namespace["g"].__annotations__)
            exec("x: Undefined[int] = 5\nprint(__annotations__, x)", {})
            """;
        var result = PythonRunner.Run(source);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("{'x': 'y', 'return': 'z'} 16777216\n0\n{'x': 'y'}\n{'x': 'Undefined[int]'} 5\n"));
    }
}
