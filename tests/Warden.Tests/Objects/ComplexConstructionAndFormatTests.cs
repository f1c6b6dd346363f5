using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>complex(): __complex__/__float__ arguments, signed zeros of the parts, and format specs. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ComplexConstructionAndFormatTests
{
    [Test]
    public void ConstructorProtocolsAndSignedZeros()
    {
        var result = PythonRunner.Run("""
            class C:
                def __complex__(self):
                    return 5j
            class F:
                def __float__(self):
                    return 2.0
            print(complex(C()), complex(F()), complex(1, F()), complex(0, -0.0), complex(-0.0, -0.0), complex(1j, -0.0))
            for bad in [lambda: complex(None), lambda: complex(1, "x"), lambda: pow(1j, 2, 3)]:
                try:
                    bad()
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            print(abs(complex(3e200, 4e200)))
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("5j (2+0j) (1+2j) -0j (-0-0j) 1j\nTypeError complex() first argument must be a string or a number, not 'NoneType'\nTypeError complex() second arg can't be a string\nValueError complex modulo\n4.9999999999999995e+200\n"));
    }

    [Test]
    public void FormatSpecs()
    {
        var result = PythonRunner.Run("""
            z = 3.14159 - 2.71828j
            for spec in ["", ".2f", "<30", "^30.3e", "+.3g", " ", ".0", "n"]:
                print(repr(format(z, spec)), repr(format(2j, spec)))
            for spec in ["010", "=10", "x"]:
                try:
                    format(z, spec)
                except ValueError as e:
                    print(e)
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("'(3.14159-2.71828j)' '2j'\n'3.14-2.72j' '0.00+2.00j'\n'(3.14159-2.71828j)            ' '2j                            '\n'     3.142e+00-2.718e+00j     ' '     0.000e+00+2.000e+00j     '\n'+3.14-2.72j' '+0+2j'\n'( 3.14159-2.71828j)' ' 2j'\n'(3-3j)' '2j'\n'3.14159-2.71828j' '0+2j'\nZero padding is not allowed in complex format specifier\n'=' alignment flag is not allowed in complex format specifier\nUnknown format code 'x' for object of type 'complex'\n"));
    }
}
