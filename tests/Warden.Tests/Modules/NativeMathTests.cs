using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>math</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeMathTests
{
    private static string Run(string source) => PythonRunner.Output("import math\n" + source);

    [TestCase("print(math.sqrt(2), math.floor(2.5), math.ceil(-2.5), math.pow(2, 10))", "1.4142135623730951 2 -2 1024.0\n")]
    [TestCase("print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1))", "2.0 3.0 3.0 2.718281828459045\n")]
    [TestCase("print(math.factorial(20), math.gcd(12, 18, 8), math.lcm(4, 6), math.isqrt(10**20+1))", "2432902008176640000 2 12 10000000000\n")]
    [TestCase("print(math.comb(10, 3), math.perm(5, 2), math.perm(5))", "120 20 120\n")]
    [TestCase("print(math.modf(3.5), math.frexp(0.1), math.ldexp(0.5, 4), math.trunc(-3.7))", "(0.5, 3.0) (0.8, -3) 8.0 -3\n")]
    [TestCase("print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.hypot(1, 2, 3))", "1.0 24 3.7416573867739413\n")]
    [TestCase("print(math.dist((0, 0), (3, 4)), math.log(2**1000), math.copysign(3, -0.0))", "5.0 693.1471805599454 -3.0\n")]
    [TestCase("print(math.pi, math.tau, math.inf, math.nan)", "3.141592653589793 6.283185307179586 inf nan\n")]
    public void Computes(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("math.sqrt(-1)", "ValueError math domain error")]
    [TestCase("math.log(0)", "ValueError math domain error")]
    [TestCase("math.exp(1000)", "OverflowError math range error")]
    [TestCase("math.factorial(-1)", "ValueError factorial() not defined for negative values")]
    [TestCase("math.sqrt('a')", "TypeError must be real number, not str")]
    [TestCase("math.factorial(1.5)", "TypeError 'float' object cannot be interpreted as an integer")]
    [TestCase("math.isqrt(-1)", "ValueError isqrt() argument must be nonnegative")]
    [TestCase("math.floor(math.inf)", "OverflowError cannot convert float infinity to integer")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
