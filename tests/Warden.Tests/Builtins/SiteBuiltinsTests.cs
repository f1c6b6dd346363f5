using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Builtins;

/// <summary>exit/quit and the other site names, aiter/anext, code-object introspection and dir(). Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class SiteBuiltinsTests
{
    [Test]
    public void SiteNamesAndExit()
    {
        var result = PythonRunner.Run("print(repr(exit), repr(quit), repr(license), type(exit).__name__, exit.__module__, type(credits).__name__)\nnames = sorted(n for n in dir(__builtins__) if not n.startswith(\"_\"))\nprint(len(names), [n for n in names if n in (\"aiter\", \"anext\", \"breakpoint\", \"copyright\", \"exit\", \"help\", \"quit\", \"memoryview\", \"bytearray\")])\ntry:\n    exit(4)\nexcept SystemExit as e:\n    print(\"SystemExit\", e.code)\ntry:\n    quit()\nexcept SystemExit as e:\n    print(\"SystemExit\", e.code)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit Type license() to see the full license text Quitter _sitebuiltins _Printer\n149 ['aiter', 'anext', 'breakpoint', 'bytearray', 'copyright', 'exit', 'help', 'memoryview', 'quit']\nSystemExit 4\nSystemExit None\n"));
    }

    [Test]
    public void AiterAnext()
    {
        var result = PythonRunner.Run("class Source:\n    def __init__(self):\n        self.n = 0\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        self.n += 1\n        if self.n > 2:\n            raise StopAsyncIteration\n        return self.n\nasync def main():\n    it = aiter(Source())\n    a = await anext(it)\n    b = await anext(it)\n    c = await anext(it, \"default\")\n    return a, b, c\ntry:\n    main().send(None)\nexcept StopIteration as e:\n    print(e.value)\nfor bad in [lambda: aiter(5), lambda: anext(5)]:\n    try:\n        bad()\n    except TypeError as e:\n        print(e)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("(1, 2, 'default')\n'int' object is not an async iterable\n'int' object is not an async iterator\n"));
    }

    [Test]
    public void FunctionCodeAttributes()
    {
        var result = PythonRunner.Run("def outer(a, b=1, *args, c, d=2, **kw):\n    x = 1\n    def inner(p, /, q):\n        return a + x + p + q\n    return inner\nf = outer(1, c=3)\nprint(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_varnames, outer.__code__.co_cellvars)\nprint(f.__code__.co_freevars, f.__code__.co_posonlyargcount, f.__code__.co_name, f.__code__.co_qualname, [c.cell_contents for c in f.__closure__])\nprint(outer.__closure__, outer.__globals__ is globals(), outer.__code__.co_flags & 0x0c, f.__code__.co_flags & 0x40)\nasync def co(): pass\nprint(co.__code__.co_flags & 0x80 != 0, compile(\"x = 1\", \"<s>\", \"exec\").co_filename)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("2 2 ('a', 'b', 'c', 'd', 'args', 'kw', 'inner') ('a', 'x')\n('a', 'x') 1 inner outer.<locals>.inner [1, 1]\nNone True 12 0\nTrue <s>\n"));
    }

    [Test]
    public void DirUsesDunderDirAndModuleNamespace()
    {
        var result = PythonRunner.Run("class A:\n    def __dir__(self):\n        return [\"zeta\", \"alpha\", \"mid\"]\nprint(dir(A()))\nprint([n for n in dir(__builtins__) if n.startswith(\"__\") and n in (\"__class__\", \"__name__\", \"__init__\")])");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("['alpha', 'mid', 'zeta']\n['__name__']\n"));
    }
}
