using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Objects;

/// <summary>
/// `x in range(...)` for values that are not ints: range.__contains__ once delegated back to
/// the generic `in`, which called range.__contains__ again until the host process died of a
/// stack overflow. Expected output is CPython 3.11's.
/// </summary>
public class RangeMembershipTests
{
    [TestCase("print(4.0 in range(5), 4.5 in range(5), 'x' in range(5), None in range(3))", "True False False False\n")]
    [TestCase("print(10**30 in range(5), True in range(3), -1 in range(-5, 5, 2), 0 in range(-5, 5, 2))", "False True True False\n")]
    [TestCase("class Seven:\n    def __eq__(self, other): return other == 7\nprint(Seven() in range(10), Seven() in range(3))", "True False\n")]
    public void MembershipMatchesCPython(string source, string expected)
    {
        Assert.That(PythonRunner.Output(source), Is.EqualTo(expected));
    }
}
