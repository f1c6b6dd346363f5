using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_collections</c> module: deque and defaultdict. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeCollectionsTests
{
    /// <summary>Appends and pops at both ends; a bounded deque drops from the other end.</summary>
    [Test]
    public void DequeEndsAndBound()
    {
        const string source = """
            from _collections import deque
            d = deque([1, 2, 3], maxlen=4)
            d.append(4); d.append(5); d.appendleft(0)
            print(d, d.maxlen, len(d), d[0], d[-1])
            print(d.pop(), d.popleft(), d)
            d.extend([7, 8]); d.extendleft([9])
            print(d, list(reversed(d)), 7 in d, d.count(7), d.index(7))
            d.rotate(1); print(d); d.rotate(-2); print(d)
            d.reverse(); print(d)
            print(deque(), deque('ab') + deque('c'), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("deque([0, 2, 3, 4], maxlen=4) 4 4 0 4\n4 0 deque([2, 3], maxlen=4)\ndeque([9, 2, 3, 7], maxlen=4) [7, 3, 2, 9] True 1 3\ndeque([7, 9, 2, 3], maxlen=4)\ndeque([2, 3, 7, 9], maxlen=4)\ndeque([9, 7, 3, 2], maxlen=4)\ndeque([]) deque(['a', 'b', 'c']) deque([1, 1, 1]) True True\n"));
    }

    /// <summary>Messages match CPython.</summary>
    [Test]
    public void DequeErrors()
    {
        const string source = """
            from _collections import deque
            for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(9),
                        lambda: deque([1]).index(9), lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque(maxlen=-1),
                        lambda: deque([1]) + [2]):
                try:
                    bad()
                except Exception as e:
                    print(type(e).__name__, e)
            d = deque([1, 2])
            try:
                for x in d:
                    d.append(x)
            except RuntimeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("IndexError pop from an empty deque\nIndexError pop from an empty deque\nIndexError deque index out of range\nValueError 9 is not in deque\nValueError 9 is not in deque\nIndexError deque already at its maximum size\nValueError maxlen must be non-negative\nTypeError can only concatenate deque (not \"list\") to deque\ndeque mutated during iteration\n"));
    }

    /// <summary>defaultdict calls its factory for missing keys and stays a dict.</summary>
    [Test]
    public void DefaultDictMissing()
    {
        const string source = """
            from _collections import defaultdict
            dd = defaultdict(list)
            dd['a'].append(1)
            counts = defaultdict(int)
            for w in 'a b a c a'.split():
                counts[w] += 1
            print(dd, sorted(counts.items()), isinstance(dd, dict), dd.default_factory is list)
            print(defaultdict(), defaultdict(None, {1: 2}), dd.copy(), dd | {'z': 0})
            try:
                defaultdict(3)
            except TypeError as e:
                print(e)
            try:
                defaultdict()['k']
            except KeyError as e:
                print('KeyError', e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("defaultdict(<class 'list'>, {'a': [1]}) [('a', 3), ('b', 1), ('c', 1)] True True\ndefaultdict(None, {}) defaultdict(None, {1: 2}) defaultdict(<class 'list'>, {'a': [1]}) defaultdict(<class 'list'>, {'a': [1], 'z': 0})\nfirst argument must be callable or None\nKeyError 'k'\n"));
    }
}
