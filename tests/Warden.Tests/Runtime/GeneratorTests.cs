using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Generators and coroutines: yield, send, throw, close, yield from, await, async with/for, for-loops over generators, exception state and the iterator protocol. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class GeneratorTests
{
    [Test]
    public void SimpleGenerator()
    {
        var result = PythonRunner.Run("def count(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\nprint(list(count(4)), sum(count(5)), [x * 2 for x in count(3)])\ng = count(2)\nprint(next(g), next(g), next(g, 'done'))");
        Assert.That(result.Stdout, Is.EqualTo("[0, 1, 2, 3] 10 [0, 2, 4]\n0 1 done\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorSendAndReturn()
    {
        var result = PythonRunner.Run("def acc():\n    total = 0\n    while True:\n        x = yield total\n        if x is None:\n            return total\n        total += x\ng = acc()\nprint(next(g), g.send(5), g.send(10))\ntry:\n    next(g)\nexcept StopIteration as e:\n    print('returned', e.value)");
        Assert.That(result.Stdout, Is.EqualTo("0 5 15\nreturned 15\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void YieldFrom()
    {
        var result = PythonRunner.Run("def inner():\n    yield 1\n    yield 2\n    return 'inner done'\ndef outer():\n    r = yield from inner()\n    print('got', r)\n    yield from [3, 4]\n    yield from range(5, 7)\nprint(list(outer()))");
        Assert.That(result.Stdout, Is.EqualTo("got inner done\n[1, 2, 3, 4, 5, 6]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorExpressionLaziness()
    {
        var result = PythonRunner.Run("def noisy(n):\n    for i in range(n):\n        print('produce', i)\n        yield i\ng = (x * 10 for x in noisy(3))\nprint('created')\nprint(next(g))\nprint(list(g))");
        Assert.That(result.Stdout, Is.EqualTo("created\nproduce 0\n0\nproduce 1\nproduce 2\n[10, 20]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorThrowAndClose()
    {
        var result = PythonRunner.Run("def g():\n    try:\n        yield 1\n        yield 2\n    except ValueError as e:\n        print('caught in gen', e)\n        yield 'recovered'\n    finally:\n        print('gen finally')\nit = g()\nprint(next(it))\nprint(it.throw(ValueError('boom')))\nit.close()\nprint('closed')");
        Assert.That(result.Stdout, Is.EqualTo("1\ncaught in gen boom\nrecovered\ngen finally\nclosed\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorInForWithBreak()
    {
        var result = PythonRunner.Run("def nat():\n    n = 0\n    while True:\n        yield n\n        n += 1\nfor i in nat():\n    if i > 3:\n        break\n    print(i)\nprint(list(zip(nat(), 'abc')))");
        Assert.That(result.Stdout, Is.EqualTo("0\n1\n2\n3\n[(0, 'a'), (1, 'b'), (2, 'c')]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StopIterationInGeneratorBecomesRuntimeError()
    {
        var result = PythonRunner.Run("def g():\n    raise StopIteration\n    yield\ntry:\n    list(g())\nexcept RuntimeError as e:\n    print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("RuntimeError generator raised StopIteration\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IteratorProtocolClass()
    {
        var result = PythonRunner.Run("class Countdown:\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        return self\n    def __next__(self):\n        if self.n <= 0:\n            raise StopIteration\n        self.n -= 1\n        return self.n + 1\nprint(list(Countdown(3)), [x for x in Countdown(2)], iter([1]).__next__())");
        Assert.That(result.Stdout, Is.EqualTo("[3, 2, 1] [2, 1] 1\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorRepr()
    {
        var result = PythonRunner.Run("def gen(): yield 1\nprint(repr(gen()).startswith('<generator object gen at 0x'), type(gen()).__name__)");
        Assert.That(result.Stdout, Is.EqualTo("True generator\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CoroutinesDrivenBySend()
    {
        var result = PythonRunner.Run("class Sleep:\n    def __init__(self, n):\n        self.n = n\n    def __await__(self):\n        got = yield ('sleep', self.n)\n        return f'slept {self.n} got {got}'\nasync def inner(x):\n    r = await Sleep(x)\n    return r + '!'\nasync def outer():\n    a = await inner(1)\n    b = await inner(2)\n    return [a, b]\ndef run(coro):\n    value = None\n    steps = []\n    while True:\n        try:\n            request = coro.send(value)\n        except StopIteration as e:\n            return steps, e.value\n        steps.append(request)\n        value = request[1] * 10\nc = outer()\nprint(type(c).__name__, run(c))\nasync def simple():\n    return 42\ns = simple()\ntry:\n    s.send(None)\nexcept StopIteration as e:\n    print('returned', e.value)\ntry:\n    s.send(None)\nexcept RuntimeError as e:\n    print(e)\nasync def bad():\n    await 5\ntry:\n    bad().send(None)\nexcept TypeError as e:\n    print(e)\nasync def thrower():\n    try:\n        await Sleep(1)\n    except ValueError as e:\n        return 'handled ' + str(e)\nt = thrower()\nprint(t.send(None))\ntry:\n    t.throw(ValueError('boom'))\nexcept StopIteration as e:\n    print(e.value)\nw = simple().__await__()\ntry:\n    next(w)\nexcept StopIteration as e:\n    print('wrapper', e.value)\n");
        Assert.That(result.Stdout, Is.EqualTo("coroutine ([('sleep', 1), ('sleep', 2)], ['slept 1 got 10!', 'slept 2 got 20!'])\nreturned 42\ncannot reuse already awaited coroutine\nobject int can't be used in 'await' expression\n('sleep', 1)\nhandled boom\nwrapper 42\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorsResumedByForLoops()
    {
        var result = PythonRunner.Run("def g(n):\n    for i in range(n):\n        yield i\n    return 'done'\nprint([x for x in g(4)], sum(x for x in g(5)))\ndef bad():\n    yield 1\n    raise StopIteration\ntry:\n    for x in bad():\n        print('got', x)\nexcept RuntimeError as e:\n    print(type(e).__name__, e, type(e.__cause__).__name__)\ndef boom():\n    yield 1\n    raise ValueError('inside')\ntry:\n    for x in boom():\n        pass\nexcept ValueError as e:\n    print('caught', e)\nit = g(3)\nfor x in it:\n    if x == 1:\n        break\nprint(next(it), list(it), list(it))\ndef nested():\n    for a in g(2):\n        for b in g(2):\n            yield (a, b)\nprint(list(nested()))\ndef rec(n):\n    if n:\n        for x in rec(n - 1):\n            yield x\n        yield n\nprint(list(rec(5)))\ndef deep(n):\n    yield from deep(n + 1)\ntry:\n    for x in deep(0):\n        pass\nexcept RecursionError:\n    print('RecursionError')\ndef self_ref():\n    for x in gen:\n        yield x\ngen = self_ref()\ntry:\n    next(gen)\nexcept ValueError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("[0, 1, 2, 3] 10\ngot 1\nRuntimeError generator raised StopIteration StopIteration\ncaught inside\n2 [] []\n[(0, 0), (0, 1), (1, 0), (1, 1)]\n[1, 2, 3, 4, 5]\nRecursionError\ngenerator already executing\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AsyncWithAndAsyncFor()
    {
        var result = PythonRunner.Run("class Step:\n    def __await__(self):\n        yield 'tick'\nclass Res:\n    def __init__(self, name):\n        self.name = name\n    async def __aenter__(self):\n        print('enter', self.name)\n        await Step()\n        return self.name.upper()\n    async def __aexit__(self, t, v, tb):\n        await Step()\n        print('exit', self.name, t.__name__ if t else None)\n        return t is KeyError\nclass Counter:\n    def __init__(self, n):\n        self.n = n\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        if self.n <= 0:\n            raise StopAsyncIteration\n        await Step()\n        self.n -= 1\n        return self.n\nasync def main():\n    async with Res('a') as a, Res('b') as b:\n        print('body', a, b)\n    async with Res('c'):\n        raise KeyError('swallowed')\n    total = []\n    async for v in Counter(3):\n        if v == 1:\n            continue\n        total.append(v)\n    else:\n        print('loop done')\n    async for v in Counter(5):\n        if v < 3:\n            break\n        total.append(v * 10)\n    try:\n        async with Res('d'):\n            raise ValueError('kept')\n    except ValueError as e:\n        print('propagated', e)\n    return total\ndef run(coro):\n    ticks = 0\n    while True:\n        try:\n            coro.send(None)\n            ticks += 1\n        except StopIteration as e:\n            return ticks, e.value\nprint(run(main()))\nasync def bad():\n    async for x in 5:\n        pass\ntry:\n    run(bad())\nexcept TypeError as e:\n    print(e)\n");
        Assert.That(result.Stdout, Is.EqualTo("enter a\nenter b\nbody A B\nexit b None\nexit a None\nenter c\nexit c KeyError\nloop done\nenter d\nexit d ValueError\npropagated kept\n(14, [2, 0, 40, 30])\n'async for' requires an object with __aiter__ method, got int\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GeneratorsKeepTheirOwnHandledException()
    {
        var result = PythonRunner.Run("import sys\ndef g():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        yield sys.exc_info()[0].__name__\n        yield sys.exc_info()[0].__name__\nit = g()\nprint(next(it), sys.exc_info())\ntry:\n    raise KeyError('k')\nexcept KeyError:\n    print(next(it), sys.exc_info()[0].__name__)\nprint(sys.exc_info())\ndef h():\n    try:\n        raise ValueError('inner')\n    except ValueError:\n        for x in [1]:\n            yield x\nfor v in h():\n    try:\n        raise TypeError('outer')\n    except TypeError as e:\n        print(v, repr(e.__context__))\n");
        Assert.That(result.Stdout, Is.EqualTo("ZeroDivisionError (None, None, None)\nZeroDivisionError KeyError\n(None, None, None)\n1 None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
