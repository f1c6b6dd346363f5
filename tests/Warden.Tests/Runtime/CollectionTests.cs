using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>list, tuple, dict, set, range, comprehensions and the iteration builtins. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class CollectionTests
{
    [Test]
    public void ListBasics()
    {
        var result = PythonRunner.Run("l = [3, 1, 2]\nl.append(4); l.extend([5, 6]); l.insert(0, 0)\nprint(l, len(l), l[0], l[-1], l[1:3], l[::2], l[::-1])\nprint(l.pop(), l.pop(0), l.index(2), l.count(1), 2 in l)\nl.remove(2); l.reverse(); print(l)\nl.sort(); print(l, sorted(l, reverse=True))\nl[1:3] = ['a', 'b', 'c']; print(l)\ndel l[::2]; print(l)\nl.clear(); print(l, [1, 2] * 2, [1] + [2], [[0] * 2] * 2)");
        Assert.That(result.Stdout, Is.EqualTo("[0, 3, 1, 2, 4, 5, 6] 7 0 6 [3, 1] [0, 1, 4, 6] [6, 5, 4, 2, 1, 3, 0]\n6 0 2 1 True\n[5, 4, 1, 3]\n[1, 3, 4, 5] [5, 4, 3, 1]\n[1, 'a', 'b', 'c', 5]\n['a', 'c']\n[] [1, 2, 1, 2] [1, 2] [[0, 0], [0, 0]]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ListErrors()
    {
        var result = PythonRunner.Run("for f in [lambda: [][0], lambda: [1].pop(5), lambda: [].pop(), lambda: [1].remove(9), lambda: [1].index(9), lambda: [1, 'a'].sort()]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("IndexError list index out of range\nIndexError pop index out of range\nIndexError pop from empty list\nValueError list.remove(x): x not in list\nValueError 9 is not in list\nTypeError '<' not supported between instances of 'str' and 'int'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SortStabilityAndKey()
    {
        var result = PythonRunner.Run("data = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]\nprint(sorted(data, key=lambda p: p[1]))\nprint(sorted(data, key=lambda p: p[1], reverse=True))\nprint(sorted('hello world'), sorted([3, 1.5, 2]), sorted([], key=len))\nprint(min([3, 1, 2]), max('abc'), min([1, 2], key=lambda x: -x), max([], default='none'), min(4, 2, 8), sum([1, 2, 3], 10), sum([0.1] * 3))");
        Assert.That(result.Stdout, Is.EqualTo("[('c', 1), ('b', 2), ('a', 2), ('d', 3)]\n[('d', 3), ('b', 2), ('a', 2), ('c', 1)]\n[' ', 'd', 'e', 'h', 'l', 'l', 'l', 'o', 'o', 'r', 'w'] [1.5, 2, 3] []\n1 c 2 none 2 16 0.30000000000000004\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void TupleBasics()
    {
        var result = PythonRunner.Run("t = (1, 2, 3)\nprint(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, t.index(2), t.count(1), (1,), (), tuple('ab'), 2 in t)\na, b, c = t\nprint(a + b + c, hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), ((1, 2), [3]))");
        Assert.That(result.Stdout, Is.EqualTo("(1, 2, 3) 1 3 (2, 3) 3 (1, 2, 3, 4) (1, 2, 3, 1, 2, 3) 1 1 (1,) () ('a', 'b') True\n6 True True ((1, 2), [3])\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DictBasics()
    {
        var result = PythonRunner.Run("d = {'a': 1, 'b': 2}\nd['c'] = 3\nprint(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, list(d), list(d.keys()), list(d.values()), list(d.items()))\nprint(d.pop('a'), d.setdefault('e', 5), d.setdefault('b', 9), d)\nd.update({'b': 20}, f=6); print(d)\nprint(d.popitem(), d, dict(a=1), dict([('x', 1)]), dict.fromkeys('ab', 0), {**d, 'z': 0}, d | {'q': 1})\nfor k, v in d.items():\n    print(k, v)\nprint({1: 'int', 1.0: 'float', True: 'bool'})");
        Assert.That(result.Stdout, Is.EqualTo("{'a': 1, 'b': 2, 'c': 3} 3 1 None 0 True ['a', 'b', 'c'] ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]\n1 5 2 {'b': 2, 'c': 3, 'e': 5}\n{'b': 20, 'c': 3, 'e': 5, 'f': 6}\n('f', 6) {'b': 20, 'c': 3, 'e': 5} {'a': 1} {'x': 1} {'a': 0, 'b': 0} {'b': 20, 'c': 3, 'e': 5, 'z': 0} {'b': 20, 'c': 3, 'e': 5, 'q': 1}\nb 20\nc 3\ne 5\n{1: 'bool'}\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DictOrderAfterDelete()
    {
        var result = PythonRunner.Run("d = {}\nfor i in range(10):\n    d[i] = i * i\nfor i in range(0, 10, 2):\n    del d[i]\nd[0] = 'new'\nprint(d, list(d.keys()))");
        Assert.That(result.Stdout, Is.EqualTo("{1: 1, 3: 9, 5: 25, 7: 49, 9: 81, 0: 'new'} [1, 3, 5, 7, 9, 0]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DictErrors()
    {
        var result = PythonRunner.Run("d = {'a': 1}\nfor f in [lambda: d['missing'], lambda: d[[]], lambda: {}.popitem(), lambda: d.pop('x')]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)");
        Assert.That(result.Stdout, Is.EqualTo("KeyError 'missing'\nTypeError unhashable type: 'list'\nKeyError 'popitem(): dictionary is empty'\nKeyError 'x'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DictKeyErrorUncaught()
    {
        var result = PythonRunner.Run("d = {'a': 1}\nprint(d['b'])");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyError: 'b'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void DictMutationDuringIteration()
    {
        var result = PythonRunner.Run("d = {'a': 1, 'b': 2}\ntry:\n    for k in d:\n        d['c'] = 3\nexcept RuntimeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("dictionary changed size during iteration\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SetBasics()
    {
        var result = PythonRunner.Run("s = {3, 1, 2}\ns.add(4); s.discard(10); s.remove(1)\nprint(sorted(s), len(s), 2 in s, 9 in s)\na, b = {1, 2, 3}, {2, 3, 4}\nprint(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= {1, 2, 3, 4}, a < a, set(), frozenset([1]) == {1})\nprint(sorted(a.union([9])), sorted(a.intersection(b)), a.isdisjoint({7}), set('aab') == {'a', 'b'})");
        Assert.That(result.Stdout, Is.EqualTo("[2, 3, 4] 3 True False\n[1, 2, 3, 4] [2, 3] [1] [1, 4] True False set() True\n[1, 2, 3, 9] [2, 3] True True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Comprehensions()
    {
        var result = PythonRunner.Run("print([x * 2 for x in range(5)])\nprint([x for x in range(10) if x % 3 == 0])\nprint([(i, j) for i in range(3) for j in range(i)])\nprint({k: v for k, v in zip('abc', range(3))})\nprint(sorted({x % 4 for x in range(10)}))\nprint(list(x + 1 for x in range(3)), sum(x * x for x in range(4)))\nm = [[1, 2], [3, 4]]\nprint([[row[i] for row in m] for i in range(2)])");
        Assert.That(result.Stdout, Is.EqualTo("[0, 2, 4, 6, 8]\n[0, 3, 6, 9]\n[(1, 0), (2, 0), (2, 1)]\n{'a': 0, 'b': 1, 'c': 2}\n[0, 1, 2, 3]\n[1, 2, 3] 14\n[[1, 3], [2, 4]]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ComprehensionScope()
    {
        var result = PythonRunner.Run("x = 'outer'\nr = [x for x in range(3)]\nprint(x, r)\nclass C:\n    y = 5\n    z = [i for i in range(3)]\nprint(C.z)");
        Assert.That(result.Stdout, Is.EqualTo("outer [0, 1, 2]\n[0, 1, 2]\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void RangeBehaviour()
    {
        var result = PythonRunner.Run("r = range(2, 20, 3)\nprint(r, len(r), r[1], r[-1], list(r[1:3]), 5 in r, 6 in r, list(range(5, 0, -2)), range(0), list(reversed(range(3))), r.index(8), range(3) == range(0, 3))");
        Assert.That(result.Stdout, Is.EqualTo("range(2, 20, 3) 6 5 17 [5, 8] True False [5, 3, 1] range(0, 0) [2, 1, 0] 2 True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void EnumerateZipReversed()
    {
        var result = PythonRunner.Run("print(list(enumerate('ab')), list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), list(zip()), list(reversed([1, 2, 3])), list(reversed('ab')))\nfor i, (a, b) in enumerate(zip('xy', [1, 2])):\n    print(i, a, b)");
        Assert.That(result.Stdout, Is.EqualTo("[(0, 'a'), (1, 'b')] [(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] [] [3, 2, 1] ['b', 'a']\n0 x 1\n1 y 2\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MapFilterAnyAll()
    {
        var result = PythonRunner.Run("print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(filter(lambda x: x > 1, [1, 2, 3])), any([]), all([]), any([0, 1]), all([1, 0]))");
        Assert.That(result.Stdout, Is.EqualTo("['1', '2'] [11, 22] [1, 'a'] [2, 3] False True True False\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void NestedReprs()
    {
        var result = PythonRunner.Run("l = [1, 'a', None, 2.5, [True], (1,), {'k': {1, 2}}]\nprint(l, repr(l), str(l))\nl.append(l)\nprint(l)\nd = {}\nd['self'] = d\nprint(d)");
        Assert.That(result.Stdout, Is.EqualTo("[1, 'a', None, 2.5, [True], (1,), {'k': {1, 2}}] [1, 'a', None, 2.5, [True], (1,), {'k': {1, 2}}] [1, 'a', None, 2.5, [True], (1,), {'k': {1, 2}}]\n[1, 'a', None, 2.5, [True], (1,), {'k': {1, 2}}, [...]]\n{'self': {...}}\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void IsInstanceAndTypes()
    {
        var result = PythonRunner.Run("print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance([], list), issubclass(bool, int), type(1) is int, type([]), type({}), type(()), type(''), type(1.0), type(None), type(range(1)), type(len))");
        Assert.That(result.Stdout, Is.EqualTo("True True False True True True <class 'list'> <class 'dict'> <class 'tuple'> <class 'str'> <class 'float'> <class 'NoneType'> <class 'range'> <class 'builtin_function_or_method'>\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SetIterationOrderMatchesCPython()
    {
        var result = PythonRunner.Run("print({3, 1, 2}, {10, 5, 100, 7, 64, 33}, set(range(20, 0, -3)), {-1, -2, 0})\ns = set()\nfor i in [17, 1, 33, 9, 25, 8, 16, 0, 64, 128, 5, 6, 7, 1000, 999]:\n    s.add(i)\nprint(s)\ns.discard(33); s.add(49); print(s)\na = {1, 2, 3, 4, 5, 100, 200}; b = {4, 5, 6, 300}\nprint(a | b, a & b, a - b, a ^ b, b - a, {1.5, 2, 2.0, True})\nprint(frozenset({9, 8, 7}), set([9, 8, 7, 9]), {(1, 2), (0, 0)} == {(0, 0), (1, 2)})\nx = set(range(100))\nprint(x.pop(), x.pop(), len(x), sorted(x)[:3])\nprint({n * n for n in range(-5, 6)})\n");
        Assert.That(result.Stdout, Is.EqualTo("{1, 2, 3} {64, 33, 100, 5, 7, 10} {2, 5, 8, 11, 14, 17, 20} {0, -1, -2}\n{0, 1, 33, 64, 128, 5, 6, 7, 8, 9, 1000, 999, 16, 17, 25}\n{0, 1, 64, 128, 5, 6, 7, 8, 9, 1000, 999, 16, 17, 49, 25}\n{1, 2, 3, 4, 5, 100, 6, 200, 300} {4, 5} {1, 2, 3, 100, 200} {1, 2, 3, 100, 6, 200, 300} {300, 6} {1.5, 2, True}\nfrozenset({8, 9, 7}) {8, 9, 7} True\n0 1 98 [2, 3, 4]\n{0, 1, 4, 9, 16, 25}\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DictViewsAsSets()
    {
        var result = PythonRunner.Run("d = {'a': 1, 'b': 2, 'c': 3}\nprint(sorted(d.keys() & {'a', 'z'}), sorted(d.keys() | {'z'}), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'q'}))\nprint(d.keys() == {'a', 'b', 'c'}, d.items() & {('a', 1)}, {'a'} & d.keys(), d.keys() <= {'a', 'b', 'c', 'd'}, d.keys().isdisjoint({'x'}))\nprint(type(d.keys() & {'a'}).__name__, d.keys() == d.keys(), {1: 2}.items() == {(1, 2)})\n");
        Assert.That(result.Stdout, Is.EqualTo("['a'] ['a', 'b', 'c', 'z'] ['b', 'c'] ['b', 'c', 'q']\nTrue {('a', 1)} {'a'} True True\nset True True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
