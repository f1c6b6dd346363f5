using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>float.hex/fromhex, number conversion of bytes-like objects and set updates. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class NumberConversionTests
{
    [Test]
    public void FloatHexRoundTrip()
    {
        var result = PythonRunner.Run("print((1.0).hex(), (0.1).hex(), (-0.0).hex(), (3.5).hex(), (5e-324).hex(), (1.7976931348623157e308).hex(), float(\"inf\").hex(), float(\"nan\").hex())\nprint(float.fromhex(\"0x1.8p1\"), float.fromhex(\"-0x1p-2\"), float.fromhex(\"inf\"), float.fromhex(\"-0x1p-1074\"), float.fromhex(\" 0X.8 \"), float.fromhex(\"0x1.00000000000008p0\"), float.fromhex(\"0x1.00000000000018p0\"), float.__getformat__(\"double\"))\nfor bad in [\"0xg\", \"\", \"0x1p\"]:\n    try:\n        float.fromhex(bad)\n    except ValueError as e:\n        print(e)\ntry:\n    float.fromhex(\"0x1p1024\")\nexcept OverflowError as e:\n    print(e)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("0x1.0000000000000p+0 0x1.999999999999ap-4 -0x0.0p+0 0x1.c000000000000p+1 0x0.0000000000001p-1022 0x1.fffffffffffffp+1023 inf nan\n3.0 -0.25 inf -5e-324 0.5 1.0 1.0000000000000004 IEEE, little-endian\ninvalid hexadecimal floating-point string\ninvalid hexadecimal floating-point string\ninvalid hexadecimal floating-point string\nhexadecimal value too large to represent as a float\n"));
    }

    [Test]
    public void BytesLikeNumberConversions()
    {
        var result = PythonRunner.Run("print(float(b\"1.5\"), float(bytearray(b\" 2 \")), int(bytearray(b\"12\")), ord(bytearray(b\"a\")), int(memoryview(b\"7\")))\nfor bad in [lambda: float(b\"x\"), lambda: ord(b\"ab\")]:\n    try:\n        bad()\n    except (TypeError, ValueError) as e:\n        print(e)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("1.5 2.0 12 97 7\ncould not convert string to float: b'x'\nord() expected a character, but string of length 2 found\n"));
    }

    [Test]
    public void SetSymmetricDifferenceUpdate()
    {
        var result = PythonRunner.Run("s = {1, 2}\ns.symmetric_difference_update([2, 3, 3])\nprint(s)\ntry:\n    s.symmetric_difference_update(1)\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("{1, 3}\n'int' object is not iterable\n"));
    }
}
