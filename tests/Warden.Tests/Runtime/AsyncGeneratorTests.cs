using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Async generators (asend/athrow/aclose awaitables, __anext__, StopAsyncIteration rules) and async comprehensions, driven by send() without an event loop. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class AsyncGeneratorTests
{
    [Test]
    public void AsyncGeneratorAsendAndExhaustion()
    {
        var result = PythonRunner.Run("def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\nasync def agen():\n    try:\n        x = yield 1\n        print(\"got\", x)\n        yield 2\n    finally:\n        print(\"agen finally\")\nasync def main():\n    g = agen()\n    print(type(g).__name__, g.ag_running, g.__name__)\n    print(await g.asend(None))\n    print(await g.asend(\"hello\"))\n    try:\n        await g.asend(None)\n    except StopAsyncIteration as e:\n        print(\"StopAsyncIteration\", repr(e))\nprint(run(main()))\n");
        Assert.That(result.Stdout, Is.EqualTo("async_generator False agen\n1\ngot hello\n2\nagen finally\nStopAsyncIteration StopAsyncIteration()\nNone\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AsyncForAndAnext()
    {
        var result = PythonRunner.Run("def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\nasync def agen(n):\n    for i in range(n):\n        yield i * i\nasync def consume():\n    out = [v async for v in agen(4)]\n    async for v in agen(2):\n        out.append(v)\n    it = agen(2).__aiter__()\n    out.append(await it.__anext__())\n    out.append(await anext(it))\n    out.append(await anext(it, \"done\"))\n    return out\nprint(run(consume()))\nprint(type(agen(1).__anext__()).__name__, type(agen(1).aclose()).__name__)\n");
        Assert.That(result.Stdout, Is.EqualTo("[0, 1, 4, 9, 0, 1, 0, 1, 'done']\nasync_generator_asend async_generator_athrow\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AcloseAndAthrow()
    {
        var result = PythonRunner.Run("def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\nasync def agen():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print(\"cleanup\")\nasync def catcher():\n    while True:\n        try:\n            yield \"x\"\n        except KeyError as e:\n            yield f\"caught {e}\"\nasync def main():\n    g = agen()\n    print(await g.__anext__())\n    await g.aclose()\n    try:\n        await g.__anext__()\n    except StopAsyncIteration:\n        print(\"exhausted after aclose\")\n    g = agen()\n    await g.__anext__()\n    try:\n        await g.athrow(ValueError(\"boom\"))\n    except ValueError as e:\n        print(\"athrow propagated\", e)\n    c = catcher()\n    await c.__anext__()\n    print(await c.athrow(KeyError, \"k\"))\n    try:\n        await c.aclose()\n    except RuntimeError as e:\n        print(e)\nrun(main())\n");
        Assert.That(result.Stdout, Is.EqualTo("1\ncleanup\nexhausted after aclose\ncleanup\nathrow propagated boom\ncaught 'k'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AwaitablesAreSingleUse()
    {
        var result = PythonRunner.Run("def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\nasync def agen():\n    yield 1\nasync def bad():\n    yield 1\n    raise StopAsyncIteration\nasync def main():\n    a = agen().__anext__()\n    print(await a)\n    try:\n        await a\n    except RuntimeError as e:\n        print(e)\n    b = bad()\n    await b.__anext__()\n    try:\n        await b.__anext__()\n    except RuntimeError as e:\n        print(e, type(e.__cause__).__name__)\nrun(main())\n");
        Assert.That(result.Stdout, Is.EqualTo("1\ncannot reuse already awaited __anext__()/asend()\nasync generator raised StopAsyncIteration StopAsyncIteration\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AwaitInsideAsyncGeneratorPassesThrough()
    {
        var result = PythonRunner.Run("import types\nclass Tick:\n    def __await__(self):\n        v = yield \"tick\"\n        return v\nasync def agen():\n    got = await Tick()\n    yield got * 2\nasync def main():\n    return await agen().__anext__()\nc = main()\nprint(c.send(None))\ntry:\n    c.send(21)\nexcept StopIteration as e:\n    print(\"result\", e.value)\n");
        Assert.That(result.Stdout, Is.EqualTo("tick\nresult 42\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AsyncComprehensions()
    {
        var result = PythonRunner.Run("def run(coro):\n    try:\n        while True:\n            coro.send(None)\n    except StopIteration as e:\n        return e.value\nclass Ticker:\n    def __init__(self, n):\n        self.i = 0\n        self.n = n\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        if self.i >= self.n:\n            raise StopAsyncIteration\n        self.i += 1\n        return self.i\nasync def double(x):\n    return x * 2\nasync def main():\n    a = [x async for x in Ticker(4) if x % 2]\n    b = {x: await double(x) async for x in Ticker(3)}\n    c = [await double(v) for v in range(3)]\n    d = {x async for x in Ticker(2)}\n    e = [y async for x in Ticker(2) for y in range(x)]\n    g = (x * 10 async for x in Ticker(3))\n    f = [v async for v in g]\n    return a, b, c, d, e, f, type(g).__name__\nprint(run(main()))\n");
        Assert.That(result.Stdout, Is.EqualTo("([1, 3], {1: 2, 2: 4, 3: 6}, [0, 2, 4], {1, 2}, [0, 0, 1], [10, 20, 30], 'async_generator')\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AsyncComprehensionOutsideAsyncFunction()
    {
        var result = PythonRunner.Run("try:\n    compile(\"def f():\\n    return [x async for x in y]\\n\", \"m\", \"exec\")\nexcept SyntaxError as e:\n    print(e.msg, e.lineno)\ncompile(\"def f():\\n    return (x async for x in y)\\n\", \"m\", \"exec\")\nprint(\"async generator expression allowed\")\n");
        Assert.That(result.Stdout, Is.EqualTo("asynchronous comprehension outside of an asynchronous function 2\nasync generator expression allowed\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}

