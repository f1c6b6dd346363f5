using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Runtime behaviours the pure-Python stdlib relies on (re, statistics, namedtuple, cmath); expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class StdlibRuntimeGapTests
{
    [TestCase("class P(tuple): pass\nprint('%s-%s' % P((1, 2)))", "1-2\n")]
    [TestCase("print((2**109+12345)/(2**56+1), 5 / (1 << 1076))", "9007199254740992.0 5e-324\n")]
    [TestCase("print(complex(1, -0.0), complex(-1.0, -0.0))", "(1-0j) (-1-0j)\n")]
    [TestCase("print(int(bytearray(b'101'), 2))", "5\n")]
    [TestCase("m = memoryview(bytes(range(8))).cast('I')\nprint(m.tolist(), m[-1], len(m), m.itemsize, m.format, m.shape, list(memoryview(bytes(range(8))).cast('h')))",
        "[50462976, 117835012] 117835012 2 4 I (2,) [256, 770, 1284, 1798]\n")]
    [TestCase("try:\n    memoryview(bytearray(6)).cast('I')\nexcept TypeError as e:\n    print(e)", "memoryview: length is not a multiple of itemsize\n")]
    public void MatchesCPython(string code, string expected) => Assert.That(PythonRunner.Output(code), Is.EqualTo(expected));
}
