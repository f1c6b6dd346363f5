using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>binascii</c> module; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeBinasciiTests
{
    private static string Run(string source) => PythonRunner.Output("import binascii as b\n" + source);

    [TestCase("print(b.a2b_base64(b'YWJj'), b.a2b_base64('YW=Jj'), b.a2b_base64('YW==Jj'), b.a2b_base64('Y!W*Jj'), b.a2b_base64(b'YQ==='), b.a2b_base64(b'YWJjZA==YWJj'))",
        "b'abc' b'abc' b'a' b'abc' b'a' b'abcd'\n")]
    [TestCase("print(b.b2a_base64(b'abcd'), b.b2a_base64(b'abcd', newline=False))", "b'YWJjZA==\\n' b'YWJjZA=='\n")]
    [TestCase("print(b.hexlify(b'abcdef', '-'), b.hexlify(b'abcdef', b':', 2), b.hexlify(b'abcde', ':', -2), b.unhexlify(b'6162'), b.a2b_hex('6A6b'))",
        "b'61-62-63-64-65-66' b'6162:6364:6566' b'6162:6364:65' b'ab' b'jk'\n")]
    [TestCase("print(b.crc32(b'hello'), b.crc32(b'hello', 12345), b.crc_hqx(b'hello', 0), b.crc_hqx(b'hello', 0xffff))", "907060870 1779074256 50018 53870\n")]
    [TestCase("print(b.b2a_uu(b'hello world'), b.b2a_uu(b'', backtick=True), len(b.a2b_uu(b'')), b.Error.__mro__[1].__name__)",
        "b'+:&5L;&\\\\@=V]R;&0 \\n' b'`\\n' 32 ValueError\n")]
    public void Converts(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("b.a2b_base64('YWJ')", "Error Incorrect padding")]
    [TestCase("b.a2b_base64('YWJjZ')", "Error Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4")]
    [TestCase("b.a2b_base64('Y!WJj', strict_mode=True)", "Error Only base64 data is allowed")]
    [TestCase("b.a2b_base64('=YWJj', strict_mode=True)", "Error Leading padding not allowed")]
    [TestCase("b.a2b_base64('YW==Jj', strict_mode=True)", "Error Excess data after padding")]
    [TestCase("b.a2b_base64('YW=J', strict_mode=True)", "Error Discontinuous padding not allowed")]
    [TestCase("b.a2b_base64(1)", "TypeError argument should be bytes, buffer or ASCII string, not 'int'")]
    [TestCase("b.unhexlify('616')", "Error Odd-length string")]
    [TestCase("b.unhexlify('61zz')", "Error Non-hexadecimal digit found")]
    [TestCase("b.hexlify(b'abc', '--')", "ValueError sep must be length 1.")]
    [TestCase("b.a2b_uu(b'+:&5L;&\\\\@=V]R;&0*')", "Error Trailing garbage")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
