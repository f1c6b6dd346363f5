using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Function calls: parameters, closures, recursion, lambdas, decorators. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class FunctionTests
{
    [Test]
    public void DefaultsArgsKwargs()
    {
        var result = PythonRunner.Run("def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, kw\nprint(f(1, c=3))\nprint(f(1, 5, 6, 7, c=3, d=0, e=9))\nprint(f(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))");
        Assert.That(result.Stdout, Is.EqualTo("(1, 2, (), 3, 4, {})\n(1, 5, (6, 7), 3, 0, {'e': 9})\n(1, 2, (3,), 'C', 4, {'z': 'Z'})\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void KeywordOnlyAndPositionalOnly()
    {
        var result = PythonRunner.Run("def f(a, b, /, c, *, d):\n    return a + b + c + d\nprint(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))");
        Assert.That(result.Stdout, Is.EqualTo("10 10\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MissingArgument()
    {
        var result = PythonRunner.Run("def f(a, b): pass\nf(1)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nTypeError: f() missing 1 required positional argument: 'b'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void TooManyArguments()
    {
        var result = PythonRunner.Run("def f(a, b=1): pass\nf(1, 2, 3)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nTypeError: f() takes from 1 to 2 positional arguments but 3 were given\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void UnexpectedKeyword()
    {
        var result = PythonRunner.Run("def f(a): pass\nf(a=1, b=2)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nTypeError: f() got an unexpected keyword argument 'b'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void MultipleValues()
    {
        var result = PythonRunner.Run("def f(a): pass\nf(1, a=2)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nTypeError: f() got multiple values for argument 'a'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void MissingKeywordOnly()
    {
        var result = PythonRunner.Run("def f(*, key): pass\nf()");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nTypeError: f() missing 1 required keyword-only argument: 'key'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void ArgumentErrorsCaught()
    {
        var result = PythonRunner.Run("def f(a, b, c=3, *, d): pass\nfor call in [lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=1, e=2), lambda: f(1, 2)]:\n    try:\n        call()\n    except TypeError as e:\n        print(e)");
        Assert.That(result.Stdout, Is.EqualTo("f() missing 2 required positional arguments: 'a' and 'b'\nf() takes from 2 to 3 positional arguments but 4 were given\nf() got an unexpected keyword argument 'e'\nf() missing 1 required keyword-only argument: 'd'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ClosuresAndNonlocal()
    {
        var result = PythonRunner.Run("def make_counter():\n    count = 0\n    def inc(step=1):\n        nonlocal count\n        count += step\n        return count\n    return inc\nc = make_counter()\nc(); c(5)\nprint(c())\ndef outer():\n    x = 'outer'\n    def mid():\n        def inner():\n            return x\n        return inner\n    return mid()()\nprint(outer())");
        Assert.That(result.Stdout, Is.EqualTo("7\nouter\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ClosureLateBinding()
    {
        var result = PythonRunner.Run("fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\nfs = [lambda i=i: i for i in range(3)]\nprint([f() for f in fs])");
        Assert.That(result.Stdout, Is.EqualTo("[2, 2, 2]\n[0, 1, 2]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionFib()
    {
        var result = PythonRunner.Run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in range(15)], fib(25))");
        Assert.That(result.Stdout, Is.EqualTo("[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377] 75025\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionErrorIsCatchable()
    {
        var result = PythonRunner.Run("def down(n):\n    return down(n + 1)\ntry:\n    down(0)\nexcept RecursionError as e:\n    print('caught', e)\nprint('still alive')");
        Assert.That(result.Stdout, Is.EqualTo("caught maximum recursion depth exceeded\nstill alive\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RecursionErrorTraceback()
    {
        var result = PythonRunner.Run("def r(n):\n    return r(n + 1)\nr(0)\n", asFile: true);
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"{FILE}\", line 3, in <module>\n    r(0)\n  File \"{FILE}\", line 2, in r\n    return r(n + 1)\n           ^^^^^^^^\n  File \"{FILE}\", line 2, in r\n    return r(n + 1)\n           ^^^^^^^^\n  File \"{FILE}\", line 2, in r\n    return r(n + 1)\n           ^^^^^^^^\n  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void LambdaAndHigherOrder()
    {
        var result = PythonRunner.Run("add = lambda x, y=1: x + y\nprint(add(2), add(2, 3), list(map(lambda x: x * x, range(4))), sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))");
        Assert.That(result.Stdout, Is.EqualTo("3 5 [0, 1, 4, 9] ['ccc', 'bb', 'a']\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Decorators()
    {
        var result = PythonRunner.Run("def deco(f):\n    def wrapper(*a, **k):\n        print('before', f.__name__)\n        return f(*a, **k)\n    return wrapper\n@deco\ndef greet(name):\n    return 'hi ' + name\nprint(greet('bob'))");
        Assert.That(result.Stdout, Is.EqualTo("before greet\nhi bob\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void FunctionAttributesAndRepr()
    {
        var result = PythonRunner.Run("def f(x):\n    'doc here'\n    return x\nprint(f.__name__, f.__doc__, f.__qualname__, f.__defaults__)\nclass A:\n    def m(self): pass\nprint(A.m.__qualname__)");
        Assert.That(result.Stdout, Is.EqualTo("f doc here f None\nA.m\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NestedFunctionQualname()
    {
        var result = PythonRunner.Run("def outer():\n    def inner(): pass\n    return inner\nprint(outer().__qualname__)");
        Assert.That(result.Stdout, Is.EqualTo("outer.<locals>.inner\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ReturnNoneImplicit()
    {
        var result = PythonRunner.Run("def f(): pass\ndef g(): return\nprint(f(), g())");
        Assert.That(result.Stdout, Is.EqualTo("None None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
