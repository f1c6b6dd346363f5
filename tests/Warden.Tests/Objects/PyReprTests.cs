using System.Numerics;
using System.Text;
using NUnit.Framework;
using Warden.Objects;
using Warden.Syntax;
using EllipsisConstant = Warden.Syntax.Ast.EllipsisConstant;

namespace Warden.Tests.Objects;

/// <summary>
/// PyRepr against CPython 3.11: every expected string below was printed by
/// /usr/bin/python3.11 for the same value.
/// </summary>
public class PyReprTests
{
    private static string AppendedStr(string s)
    {
        var sb = new StringBuilder("<");
        PyRepr.AppendStr(sb, s);
        return sb.ToString(1, sb.Length - 1);
    }

    private static string AppendedConstant(object? value)
    {
        var sb = new StringBuilder("<");
        PyRepr.AppendConstant(sb, value);
        return sb.ToString(1, sb.Length - 1);
    }

    // ---- str ----

    [TestCase("abc", "'abc'")]
    [TestCase("", "''")]
    [TestCase("it's", "\"it's\"")]
    [TestCase("say \"hi\"", "'say \"hi\"'")]
    [TestCase("both ' and \"", @"'both \' and ""'")]
    [TestCase(@"back\slash", @"'back\\slash'")]
    [TestCase("\t\n\r", @"'\t\n\r'")]
    [TestCase("\x00\x01\x1f\x7f", @"'\x00\x01\x1f\x7f'")]
    [TestCase("xxx\x0b\x0c", @"'xxx\x0b\x0c'")]
    [TestCase("\x80\x9f\xa0\xad\xe9\xff", "'\\x80\\x9f\\xa0\\xadéÿ'")]
    [TestCase("héllo wörld", "'héllo wörld'")]
    [TestCase("日本語", "'日本語'")]
    [TestCase("Ελληνικά", "'Ελληνικά'")]
    [TestCase("e\u0301", "'e\u0301'")]
    [TestCase("\u200b\u2028\u2029\ue000\ufffe\uffff\ufeff", @"'\u200b\u2028\u2029\ue000\ufffe\uffff\ufeff'")]
    [TestCase("\u0378\u0560\u1fff", "'\\u0378\u0560\\u1fff'")]
    [TestCase("\u3000\x85\u00a0", @"'\u3000\x85\xa0'")]
    [TestCase("\u0600\u061c\u2066", @"'\u0600\u061c\u2066'")]
    [TestCase("\U0001F600", "'\U0001F600'")]
    [TestCase("\U00011f00\U0001fae8", @"'\U00011f00\U0001fae8'")] // assigned only after Unicode 14.0
    [TestCase("\U000E0001\U0010FFFF\U000F0000", @"'\U000e0001\U0010ffff\U000f0000'")]
    public void StrReprMatchesCPython(string value, string expected)
    {
        Assert.That(AppendedStr(value), Is.EqualTo(expected));
        Assert.That(PyRepr.StrRepr(value), Is.EqualTo(expected));
        Assert.That(PyRepr.Repr(value), Is.EqualTo(expected));
        Assert.That(AppendedConstant(value), Is.EqualTo(expected));
    }

    [Test]
    public void LoneSurrogateCharInDotNetStringIsEscaped()
    {
        Assert.That(PyRepr.StrRepr("a\ud800b\udfff"), Is.EqualTo(@"'a\ud800b\udfff'"));
    }

    [Test]
    public void StrReprOfLongPlainAsciiIsQuoted()
    {
        string plain = new string('x', 1000) + "_y";
        Assert.That(AppendedStr(plain), Is.EqualTo("'" + plain + "'"));
    }

    // ---- str with surrogate code points (CodePointString) ----

    [TestCase(new[] { 0xD800 }, @"'\ud800'")]
    [TestCase(new[] { 0x61, 0xD83D, 0xDE00 }, @"'a\ud83d\ude00'")]
    [TestCase(new[] { 0xDFFF, 0x27 }, @"""\udfff'""")]
    [TestCase(new[] { 0xDC80, 0x1F600, 0xE9, 0x0A }, "'\\udc80\U0001F600é\\n'")]
    public void SurrogateStrReprMatchesCPython(int[] codePoints, string expected)
    {
        object value = CodePointString.FromCodePoints(codePoints);
        Assert.That(value, Is.TypeOf<CodePointString>());
        Assert.That(AppendedConstant(value), Is.EqualTo(expected));
        Assert.That(PyRepr.Repr(value), Is.EqualTo(expected));
        Assert.That(PyRepr.StrRepr((CodePointString)value), Is.EqualTo(expected));
    }

    // ---- bytes ----

    [TestCase(new byte[0], "b''")]
    [TestCase(new byte[] { (byte)'i', (byte)'t', (byte)'\'', (byte)'s' }, "b\"it's\"")]
    [TestCase(new byte[] { (byte)'"', (byte)'h', (byte)'"' }, "b'\"h\"'")]
    [TestCase(new byte[] { (byte)'\'', (byte)'"' }, @"b'\'""'")]
    public void BytesReprMatchesCPython(byte[] value, string expected)
    {
        Assert.That(PyRepr.BytesRepr(value), Is.EqualTo(expected));
        Assert.That(AppendedConstant(value), Is.EqualTo(expected));
    }

    [Test]
    public void BytesReprOfEveryByteMatchesCPython()
    {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte)i;
        const string expected =
            @"b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f !""#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff'";
        Assert.That(PyRepr.BytesRepr(all), Is.EqualTo(expected));
    }

    // ---- int ----

    [TestCase(0L, "0")]
    [TestCase(-7L, "-7")]
    [TestCase(long.MaxValue, "9223372036854775807")]
    [TestCase(long.MinValue, "-9223372036854775808")]
    public void LongReprMatchesCPython(long value, string expected)
    {
        Assert.That(AppendedConstant(value), Is.EqualTo(expected));
        Assert.That(AppendedConstant(new BigInteger(value)), Is.EqualTo(expected));
    }

    [TestCase("9223372036854775808", "9223372036854775808")]
    [TestCase("-9223372036854775809", "-9223372036854775809")]
    [TestCase("18446744073709551616", "18446744073709551616")]
    [TestCase("-1267650600228229401496703205376", "-1267650600228229401496703205376")]
    public void BigIntegerReprMatchesCPython(string value, string expected)
    {
        Assert.That(AppendedConstant(BigInteger.Parse(value)), Is.EqualTo(expected));
    }

    [Test]
    public void IntWith4300DigitsIsAllowed()
    {
        BigInteger largest = BigInteger.Pow(10, 4300) - 1;
        Assert.That(PyRepr.IntRepr(largest), Is.EqualTo(new string('9', 4300)));
        Assert.That(PyRepr.IntRepr(-largest), Is.EqualTo("-" + new string('9', 4300)));
    }

    [Test]
    public void PowerOfTwoJustBelowLimitIsAllowed()
    {
        // CPython: len(str(2**14284)) == 4300, starting 81744410132094422503, ending 47391660265823010816.
        foreach (int sign in new[] { 1, -1 })
        {
            string text = PyRepr.IntRepr(sign * BigInteger.Pow(2, 14284));
            string digits = sign < 0 ? text[1..] : text;
            Assert.That(digits, Has.Length.EqualTo(4300));
            Assert.That(digits, Does.StartWith("81744410132094422503"));
            Assert.That(digits, Does.EndWith("47391660265823010816"));
            Assert.That(text.StartsWith('-'), Is.EqualTo(sign < 0));
        }
    }

    [Test]
    public void IntWithMoreThan4300DigitsRaisesCPythonsValueError()
    {
        var tooLong = new[]
        {
            BigInteger.Pow(10, 4300), -BigInteger.Pow(10, 4300),
            BigInteger.Pow(2, 14285), -BigInteger.Pow(2, 14285),
            BigInteger.Pow(2, 1_000_000),
        };
        foreach (BigInteger value in tooLong)
        {
            var error = Assert.Throws<PythonFrontEndError>(() => AppendedConstant(value))!;
            Assert.That(error.PythonType, Is.EqualTo("ValueError"));
            Assert.That(error.Message, Is.EqualTo(
                "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
        }
    }

    // ---- float ----

    [Test]
    public void FloatReprMatchesCPythonTable()
    {
        var failures = new List<string>();
        foreach (var (bits, expected) in FloatReprCases.All)
        {
            double value = BitConverter.UInt64BitsToDouble(bits);
            string actual = PyRepr.FloatRepr(value);
            if (actual != expected) failures.Add($"0x{bits:X16}: expected {expected}, got {actual}");
            else if (AppendedConstant(value) != expected) failures.Add($"0x{bits:X16}: AppendConstant differs");
        }
        Assert.That(failures, Is.Empty);
        Assert.That(FloatReprCases.All, Has.Length.GreaterThan(1000));
    }

    [TestCase(1e16, "1e+16")]
    [TestCase(1e-5, "1e-05")]
    [TestCase(1.5e300, "1.5e+300")]
    [TestCase(100.0, "100.0")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(1234567890123456.0, "1234567890123456.0")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(double.NegativeInfinity, "-inf")]
    [TestCase(double.NaN, "nan")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(5e-324, "5e-324")]
    public void FloatReprEdgeCases(double value, string expected)
    {
        Assert.That(PyRepr.FloatRepr(value), Is.EqualTo(expected));
    }

    [Test]
    public void NegativeNaNHasNoSign()
    {
        Assert.That(PyRepr.FloatRepr(-double.NaN), Is.EqualTo("nan"));
    }

    // ---- complex ----

    [TestCase(0.0, 1.0, "1j")]
    [TestCase(0.0, 1.5, "1.5j")]
    [TestCase(0.0, 0.0, "0j")]
    [TestCase(1.0, 2.0, "(1+2j)")]
    [TestCase(-0.0, -1.0, "(-0-1j)")]
    [TestCase(0.0, double.PositiveInfinity, "infj")]
    [TestCase(0.0, double.NaN, "nanj")]
    [TestCase(0.0, 1e100, "1e+100j")]
    [TestCase(0.0, -0.0, "-0j")]
    [TestCase(-0.0, 0.0, "(-0+0j)")]
    [TestCase(-0.0, -0.0, "(-0-0j)")]
    [TestCase(1.0, -double.NaN, "(1+nanj)")]
    [TestCase(double.NegativeInfinity, double.NegativeInfinity, "(-inf-infj)")]
    [TestCase(double.NaN, double.NaN, "(nan+nanj)")]
    [TestCase(1e16, 1e-5, "(1e+16+1e-05j)")]
    [TestCase(0.1, -0.2, "(0.1-0.2j)")]
    [TestCase(-1.5, 0.0, "(-1.5+0j)")]
    [TestCase(0.0, 1e16, "1e+16j")]
    [TestCase(0.0, 123456789012345.6, "123456789012345.6j")]
    [TestCase(2.5, 1e300, "(2.5+1e+300j)")]
    [TestCase(0.0, -1e-320, "-1e-320j")]
    public void ComplexReprMatchesCPython(double real, double imaginary, string expected)
    {
        var value = new Complex(real, imaginary);
        Assert.That(PyRepr.ComplexRepr(value), Is.EqualTo(expected));
        Assert.That(AppendedConstant(value), Is.EqualTo(expected));
    }

    // ---- singletons and dispatch ----

    [Test]
    public void SingletonsMatchCPython()
    {
        Assert.That(PyRepr.Repr(null), Is.EqualTo("None"));
        Assert.That(PyRepr.Repr(true), Is.EqualTo("True"));
        Assert.That(PyRepr.Repr(false), Is.EqualTo("False"));
        Assert.That(PyRepr.Repr(EllipsisConstant.Instance), Is.EqualTo("Ellipsis"));
        Assert.That(AppendedConstant(null), Is.EqualTo("None"));
        Assert.That(AppendedConstant(true), Is.EqualTo("True"));
        Assert.That(AppendedConstant(EllipsisConstant.Instance), Is.EqualTo("Ellipsis"));
    }

    [Test]
    public void NonPythonTypeIsRejected()
    {
        Assert.Throws<ArgumentException>(() => PyRepr.Repr(new object()));
    }

    [Test]
    public void AppendKeepsExistingContent()
    {
        var sb = new StringBuilder("x=");
        PyRepr.AppendConstant(sb, 1.5);
        sb.Append(", ");
        PyRepr.AppendStr(sb, "id");
        Assert.That(sb.ToString(), Is.EqualTo("x=1.5, 'id'"));
    }
}
