using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Compiler;

/// <summary>Function annotations are evaluated at definition time into <c>__annotations__</c>. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class FunctionAnnotationTests
{
    /// <summary>Positional, *args, keyword-only, **kwargs, return; private names mangled.</summary>
    [Test]
    public void AnnotationsInCPythonOrder()
    {
        const string source = """
            def f(a: int, /, b: 'str' = 'x', *c: float, d: list = [], **e: dict) -> bool: pass
            print(f.__annotations__)
            class K:
                def m(self, __p: int) -> None: pass
            print(K.m.__annotations__, (lambda x: x).__annotations__, f.__defaults__, f.__kwdefaults__)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("{'b': 'str', 'a': <class 'int'>, 'c': <class 'float'>, 'd': <class 'list'>, 'e': <class 'dict'>, 'return': <class 'bool'>}\n{'_K__p': <class 'int'>, 'return': None} {} ('x',) {'d': []}\n"));
    }

    /// <summary>Under the future import, forward references do not fail at definition time.</summary>
    [Test]
    public void FutureAnnotationsAreNotEvaluated()
    {
        const string source = """
            from __future__ import annotations
            def g(x: Undefined) -> AlsoUndefined: return 1
            print(g(0))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("1\n"));
    }
}
