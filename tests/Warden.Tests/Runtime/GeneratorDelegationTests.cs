using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>gen.throw/gen.close through yield from (to the delegate first, CPython's argument rules and ignored-GeneratorExit errors) and the gi_* state attributes. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class GeneratorDelegationTests
{
    [Test]
    public void ThrowReachesTheInnerGenerator()
    {
        var result = PythonRunner.Run("def inner():\n    try:\n        yield 1\n    except ValueError:\n        print(\"inner handled ValueError\")\n        yield \"after-handle\"\n    finally:\n        print(\"inner finally\")\ndef outer():\n    try:\n        yield from inner()\n    finally:\n        print(\"outer finally\")\ng = outer()\nprint(next(g))\nprint(g.throw(ValueError))\ng.close()\ng = outer()\nnext(g)\ntry:\n    g.throw(KeyError(\"k\"))\nexcept KeyError as e:\n    print(\"KeyError out\", e)\n");
        Assert.That(result.Stdout, Is.EqualTo("1\ninner handled ValueError\nafter-handle\ninner finally\nouter finally\ninner finally\nouter finally\nKeyError out 'k'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void InnerReturnResumesTheOuterGenerator()
    {
        var result = PythonRunner.Run("def inner():\n    try:\n        yield 1\n    except ValueError:\n        return \"inner-ret\"\ndef outer():\n    r = yield from inner()\n    print(\"outer got\", r)\n    yield \"outer-after\"\ng = outer()\nnext(g)\nprint(g.throw(ValueError))\n");
        Assert.That(result.Stdout, Is.EqualTo("outer got inner-ret\nouter-after\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DelegateThrowMethodGetsTheOriginalArguments()
    {
        var result = PythonRunner.Run("class It:\n    def __iter__(self): return self\n    def __next__(self): return 1\n    def throw(self, *args):\n        print(\"throw\", [type(a).__name__ for a in args])\n        raise StopIteration(\"thrown-ret\")\n    def close(self): print(\"It.close\")\ndef via():\n    r = yield from It()\n    print(\"got\", r)\n    yield \"end\"\nv = via(); next(v)\nprint(v.throw(ValueError(\"x\")))\nv = via(); next(v)\nprint(v.throw(ValueError, \"y\"))\nv = via(); next(v); v.close()\n");
        Assert.That(result.Stdout, Is.EqualTo("throw ['ValueError']\ngot thrown-ret\nend\nthrow ['type', 'str']\ngot thrown-ret\nend\nIt.close\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IgnoredGeneratorExit()
    {
        var result = PythonRunner.Run("def stubborn():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\ns = stubborn(); next(s)\ntry:\n    s.close()\nexcept RuntimeError as e:\n    print(e)\ndef deleg():\n    yield from stubborn()\nd = deleg(); next(d)\ntry:\n    d.close()\nexcept RuntimeError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("generator ignored GeneratorExit\ngenerator ignored GeneratorExit\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ThrowArgumentValidation()
    {
        var result = PythonRunner.Run("def g():\n    try:\n        yield\n    except Exception as e:\n        yield type(e).__name__ + \":\" + str(e)\nfor bad in [(ValueError(), 1), (ValueError, 1, 5), (1,)]:\n    gen = g(); next(gen)\n    try:\n        gen.throw(*bad)\n    except TypeError as e:\n        print(\"TypeError\", e)\ngen = g(); next(gen)\nprint(gen.throw(KeyError, (\"a\",)))\ngen = g(); next(gen)\nprint(gen.throw(ValueError, ValueError(\"same\")))\n");
        Assert.That(result.Stdout, Is.EqualTo("TypeError instance exception may not have a separate value\nTypeError throw() third argument must be a traceback object\nTypeError exceptions must be classes or instances deriving from BaseException, not int\nKeyError:'a'\nValueError:same\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StateAttributes()
    {
        var result = PythonRunner.Run("def inner():\n    yield 1\ndef g():\n    yield from inner()\ngen = g()\nprint(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)\nnext(gen)\nprint(gen.gi_running, gen.gi_suspended, type(gen.gi_yieldfrom).__name__, gen.gi_code.co_name)\nlist(gen)\nprint(gen.gi_suspended, gen.gi_yieldfrom)\ndef me():\n    print(it.gi_running)\n    yield next(it)\nit = me()\ntry:\n    next(it)\nexcept ValueError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("False False None\nFalse True generator g\nFalse None\nTrue\ngenerator already executing\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CloseRunsFinallyThroughDelegation()
    {
        var result = PythonRunner.Run("def inner():\n    try:\n        yield 1\n    finally:\n        print(\"inner finally\")\ndef outer():\n    try:\n        yield from inner()\n    finally:\n        print(\"outer finally\")\ng = outer(); next(g); g.close(); print(g.gi_suspended)\ndef raising():\n    try:\n        yield\n    finally:\n        raise KeyError(\"from finally\")\nr = raising(); next(r)\ntry:\n    r.close()\nexcept KeyError as e:\n    print(\"close raised\", e)\n");
        Assert.That(result.Stdout, Is.EqualTo("inner finally\nouter finally\nFalse\nclose raised 'from finally'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}

