using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>itertools</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeItertoolsTests
{
    private static string Run(string source) => PythonRunner.Output("from itertools import *\n" + source);

    [TestCase("print(list(islice(count(5, 2), 4)), list(islice(cycle('ab'), 5)), list(repeat(1, 3)))", "[5, 7, 9, 11] ['a', 'b', 'a', 'b', 'a'] [1, 1, 1]\n")]
    [TestCase("print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))", "[1, 3, 6, 10] [10, 10, 20, 60]\n")]
    [TestCase("print(list(chain('ab', [1])), list(chain.from_iterable(['xy', 'z'])), list(compress('abcd', [1, 0, 1, 0])))", "['a', 'b', 1] ['x', 'y', 'z'] ['a', 'c']\n")]
    [TestCase("print([(k, list(g)) for k, g in groupby('aaabbc')], [k for k, g in groupby([1, 1, 2, 3, 3])])", "[('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c'])] [1, 2, 3]\n")]
    [TestCase("a, b = tee(iter([1, 2, 3])); print(list(a), list(b))", "[1, 2, 3] [1, 2, 3]\n")]
    [TestCase("print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(product('ab', repeat=2)))", "[('a', 'x'), ('b', 'y'), ('-', 'z')] [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]\n")]
    [TestCase("print(list(permutations('abc', 2)))", "[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]\n")]
    [TestCase("print(list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))", "[(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)] [('a', 'a'), ('a', 'b'), ('b', 'b')]\n")]
    [TestCase("print(type(count()), count.__module__)", "<class 'itertools.count'> itertools\n")]
    public void MatchesCPython(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));
}
