using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>cmath</c> module and the C-library-backed <c>math</c> functions; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeCmathTests
{
    private static string Run(string source) => PythonRunner.Output("import cmath, math\n" + source);

    [TestCase("print(cmath.sqrt(complex(-1.0, -0.0)), cmath.atanh(complex(math.inf, 2)), cmath.exp(complex(-math.inf, math.inf)), cmath.log(1.5), cmath.sin(complex(math.nan, 0)))",
        "-1j 1.5707963267948966j 0j (0.4054651081081644+0j) (nan-0j)\n")]
    [TestCase("print(cmath.acos(0.5+0.25j), cmath.atan(1e-5+1j), cmath.asinh(complex(1e200, 1e200)))",
        "(1.069187473519396-0.28139605624529274j) (0.7854006633974483+6.103036322771337j) (461.55673936964905+0.7853981633974483j)\n")]
    [TestCase("print(cmath.polar(3+4j), cmath.rect(2.0, 0.0), cmath.log(8, 2), cmath.phase(complex(-1.0, -0.0)), repr(cmath.infj))",
        "(5.0, 0.9272952180016122) (2+0j) (3+0j) -3.141592653589793 infj\n")]
    [TestCase("print(math.erf(0.5), math.erfc(0.5), math.exp2(10.5), math.expm1(1e-10), math.log1p(1e-10), math.gamma(5), math.lgamma(1))",
        "0.5204998778130465 0.4795001221869535 1448.1546878700494 1.00000000005e-10 9.999999999500001e-11 24.0 0.0\n")]
    public void Computes(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("cmath.log(0)", "ValueError math domain error")]
    [TestCase("cmath.atanh(1)", "ValueError math domain error")]
    [TestCase("cmath.exp(complex(1000, 1))", "OverflowError math range error")]
    [TestCase("cmath.sqrt('x')", "TypeError must be real number, not str")]
    [TestCase("cmath.isclose(1, 2, rel_tol=-1)", "ValueError tolerances must be non-negative")]
    [TestCase("math.gamma(0)", "ValueError math domain error")]
    [TestCase("math.gamma(172.0)", "OverflowError math range error")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
