using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Ranges whose bounds exceed 64 bits. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class LongRangeTests
{
    /// <summary>Iteration, indexing, membership and reversal; len overflows as in CPython.</summary>
    [Test]
    public void HugeRanges()
    {
        const string source = """
            r = range(1 << 70)
            print(r, r[5], r[-1], (1 << 69) in r, -1 in r, type(iter(r)).__name__, r.stop == 1 << 70)
            print(list(range(1 << 65, (1 << 65) + 3)), list(reversed(range(1 << 65, (1 << 65) + 6, 2))))
            try:
                len(r)
            except OverflowError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("range(0, 1180591620717411303424) 5 1180591620717411303423 True False longrange_iterator True\n[36893488147419103232, 36893488147419103233, 36893488147419103234] [36893488147419103236, 36893488147419103234, 36893488147419103232]\nPython int too large to convert to C ssize_t\n"));
    }
}
