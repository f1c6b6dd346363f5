using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>Correctly rounded int / int for operands beyond 2**53. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class IntTrueDivisionTests
{
    [Test]
    public void CorrectlyRounded()
    {
        var result = PythonRunner.Run("""
            print(100000000000000000003 / 7, -100000000000000000000 / 3, 10**30 / 3, (2**53 + 1) / 1, 1 / 3, 10**400 // 10**399 / 7)
            print((10**17 + 1) / 10**17, 123456789123456789123 / 1000, 2**1074 // 2**1000 / 2**2000 if False else 0)
            try:
                10**400 / 3
            except OverflowError as e:
                print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("1.4285714285714287e+19 -3.333333333333333e+19 3.333333333333333e+29 9007199254740992.0 0.3333333333333333 1.4285714285714286\n1.0 1.2345678912345678e+17 0\ninteger division result too large for a float\n"));
    }
}
