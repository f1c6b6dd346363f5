using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>Function __annotations__, and that from __future__ import annotations leaves them unevaluated. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class FunctionAnnotationTests
{
    [Test]
    public void AnnotationsOfFunctions()
    {
        var result = PythonRunner.Run("""
            def documented(a: int, b: "text" = "x", *args: str, c: float = 1.0, **kw: bytes) -> bool:
                pass
            print(documented.__annotations__)
            print((lambda x: x).__annotations__, (lambda: 0).__annotations__ == {})
            class K:
                def m(self, __p: int) -> None:
                    pass
                async def am(self, x: list[int]) -> "K":
                    pass
            print(K.m.__annotations__, K.am.__annotations__)
            def plain(x, y=2):
                pass
            print(plain.__annotations__)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("{'a': <class 'int'>, 'b': 'text', 'args': <class 'str'>, 'c': <class 'float'>, 'kw': <class 'bytes'>, 'return': <class 'bool'>}\n{} True\n{'_K__p': <class 'int'>, 'return': None} {'x': list[int], 'return': 'K'}\n{}\n"));
    }

    [Test]
    public void FutureAnnotationsAreNotEvaluated()
    {
        var result = PythonRunner.Run("""
            exec("from __future__ import annotations\ndef f(x: Undefined) -> AlsoUndefined:\n    return x\nprint(f(1))")
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("1\n"));
    }
}
