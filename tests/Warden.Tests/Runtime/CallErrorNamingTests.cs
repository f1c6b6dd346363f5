using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>Call errors name the callee as module.qualname() (CPython's _PyObject_FunctionStr); * and ** argument messages. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class CallErrorNamingTests
{
    [Test]
    public void StarredArgumentsAndCalleeNames()
    {
        var result = PythonRunner.Run("""
            def f(*a, **k):
                pass
            class C:
                def m(self, **k):
                    pass
            for g in [lambda: f(*5), lambda: f(1, *5), lambda: f(*5, 1), lambda: [*5], lambda: print(*None),
                      lambda: (lambda: 0)(*5), lambda: len(*5), lambda: int(*5), lambda: f(**5), lambda: f(x=1, **{"x": 2}),
                      lambda: f(**{"x": 1}, **{"x": 2}), lambda: {**5}, lambda: C().m(**[1]), lambda: C(*1)]:
                try:
                    g()
                except TypeError as e:
                    print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("__main__.f() argument after * must be an iterable, not int\nValue after * must be an iterable, not int\nValue after * must be an iterable, not int\nValue after * must be an iterable, not int\nprint() argument after * must be an iterable, not NoneType\n__main__.<lambda>.<locals>.<lambda>() argument after * must be an iterable, not int\nlen() argument after * must be an iterable, not int\nint() argument after * must be an iterable, not int\n__main__.f() argument after ** must be a mapping, not int\n__main__.f() got multiple values for keyword argument 'x'\n__main__.f() got multiple values for keyword argument 'x'\n'int' object is not a mapping\n__main__.C.m() argument after ** must be a mapping, not list\n__main__.C() argument after * must be an iterable, not int\n"));
    }
}
