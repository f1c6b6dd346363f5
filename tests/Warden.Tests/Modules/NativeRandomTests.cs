using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_random</c> module (CPython's Mersenne Twister and seeding); expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeRandomTests
{
    private static string Run(string source) => PythonRunner.Output("import _random\nr = _random.Random(42)\n" + source);

    [TestCase("print(r.random(), r.getrandbits(70))", "0.6394267984578837 327273841618135227089\n")]
    [TestCase("r.seed(0)\nprint([r.getrandbits(k) for k in (1, 31, 32, 33, 64, 100)])",
        "[1, 827307999, 3255389356, 3823568514, 4776171008201404212, 513868133461680832233190503674]\n")]
    [TestCase("r.seed(1.5)\nprint(r.random())", "0.551763726942059\n")]
    [TestCase("r.seed(-1.5)\nprint(r.random())", "0.7101153317194698\n")]
    [TestCase("r.seed(-5)\nprint(r.random())", "0.6229016948897019\n")]
    [TestCase("r.seed(2**100)\nprint(r.random())", "0.7586581712996778\n")]
    [TestCase("s = r.getstate()\na = r.random()\nr.setstate(s)\nprint(a == r.random(), len(s), s[-1])", "True 625 624\n")]
    [TestCase("class R(_random.Random):\n    def __init__(self, x):\n        self.seed(x)\n        self.extra = 1\nq = R(42)\nprint(q.random(), q.extra)", "0.6394267984578837 1\n")]
    public void MatchesCPythonSequences(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("r.getrandbits(-1)", "ValueError number of bits must be non-negative")]
    [TestCase("r.setstate(1)", "TypeError state vector must be a tuple")]
    [TestCase("r.setstate((1,) * 3)", "ValueError state vector is the wrong size")]
    [TestCase("r.setstate((1,) * 624 + (625,))", "ValueError invalid state")]
    [TestCase("r.setstate((-1,) * 625)", "OverflowError can't convert negative value to unsigned int")]
    [TestCase("_random.Random(1, 2)", "TypeError Random() requires 0 or 1 argument")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
