using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>range with bounds beyond a long (CPython's longrange), range slicing, and IndexError for subscripts too big for an index. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class BigRangeTests
{
    [Test]
    public void BoundsBeyondLong()
    {
        var result = PythonRunner.Run("""
            big = range(0, 10**30, 10**10)
            print(big, big[1], big[-1], 10**20 in big, 10**20 + 1 in big, big.index(10**20), big.count(10**20))
            print(range(10**20)[10**19], range(0, 10**20, 7)[-1], big[10**18:10**18 + 3], big[::-1][:2])
            print(hash(range(10**20)) == hash(range(0, 10**20, 1)), range(10**20) == range(0, 10**20), bool(range(10**20, 10**20)))
            it = iter(range(10**19, 10**19 + 3))
            print(type(it).__name__, list(it), list(reversed(range(10**19, 10**19 + 3))), type(iter(range(3))).__name__)
            for bad in [lambda: len(range(2**64)), lambda: range(10**20)[10**20]]:
                try:
                    bad()
                except (OverflowError, IndexError) as e:
                    print(type(e).__name__, e)
            print(range(1, 10)[2:100:2], range(10)[-100:100], range(5)[::-2], range(3).start, range(2**70).stop)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("range(0, 1000000000000000000000000000000, 10000000000) 10000000000 999999999999999999990000000000 True False 10000000000 1\n10000000000000000000 99999999999999999998 range(10000000000000000000000000000, 10000000000000000030000000000, 10000000000) range(999999999999999999990000000000, 999999999999999999970000000000, -10000000000)\nTrue True False\nlongrange_iterator [10000000000000000000, 10000000000000000001, 10000000000000000002] [10000000000000000002, 10000000000000000001, 10000000000000000000] range_iterator\nOverflowError Python int too large to convert to C ssize_t\nIndexError range object index out of range\nrange(3, 10, 2) range(0, 10) range(4, -1, -2) 0 1180591620717411303424\n"));
    }

    [Test]
    public void SubscriptsTooBigForAnIndex()
    {
        var result = PythonRunner.Run("""
            for seq in [[1, 2], (1, 2), "ab", b"ab"]:
                try:
                    seq[2**100]
                except IndexError as e:
                    print(type(seq).__name__, e)
            try:
                [1][2**100] = 0
            except IndexError as e:
                print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("list cannot fit 'int' into an index-sized integer\ntuple cannot fit 'int' into an index-sized integer\nstr cannot fit 'int' into an index-sized integer\nbytes cannot fit 'int' into an index-sized integer\ncannot fit 'int' into an index-sized integer\n"));
    }
}
