using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_struct</c> module (what <c>struct</c> re-exports); expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeStructTests
{
    private static string Run(string source) => PythonRunner.Output("import _struct as struct\n" + source);

    [TestCase("print(struct.calcsize('bi'), struct.calcsize('@bq?h'), struct.calcsize('<bq'), struct.calcsize('0s'), struct.calcsize('b 3h  i'))", "8 20 9 0 12\n")]
    [TestCase("print(struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'), struct.unpack('5p', b'\\x09abcd'), struct.pack('?', 3), struct.unpack('??', b'\\x00\\x05'))",
        "b'\\x04abcd' b'a\\x00\\x00' (b'abcd',) b'\\x01' (False, True)\n")]
    [TestCase("print(struct.pack('e', 1.5), struct.pack('<e', 1e-7), struct.unpack('<e', b'\\x00\\x7c'), struct.pack('>d', 1.1))",
        "b'\\x00>' b'\\x02\\x00' (inf,) b'?\\xf1\\x99\\x99\\x99\\x99\\x99\\x9a'\n")]
    [TestCase("print(struct.pack('@bi', 1, 2), struct.pack('@ib', 1, 2), struct.pack('q', 2**63-1), struct.pack('P', -1))",
        "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00' b'\\x01\\x00\\x00\\x00\\x02' b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x7f' b'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'\n")]
    [TestCase("print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 2**32-1, -2**63, 2**64-1)))",
        "(-2, 65535, -3, 4294967295, -9223372036854775808, 18446744073709551615)\n")]
    [TestCase("print(struct.unpack('@cxhxxq3s', struct.pack('@cxhxxq3s', b'z', 5, 6, b'abc')), list(struct.iter_unpack('>H', b'\\x00\\x01\\x00\\x02')))",
        "(b'z', 5, 6, b'abc') [(1,), (2,)]\n")]
    [TestCase("b = bytearray(4)\nstruct.pack_into('<h', b, 1, -2)\ns = struct.Struct(b'>hh')\nprint(b, s.format, s.size, s.unpack_from(b'\\x00\\x00\\x00\\x01\\x00\\x02', offset=2))",
        "bytearray(b'\\x00\\xfe\\xff\\x00') >hh 4 (1, 2)\n")]
    public void PacksAndUnpacks(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("struct.pack('b', 200)", "error byte format requires -128 <= number <= 127")]
    [TestCase("struct.pack('>H', -1)", "error argument out of range")]
    [TestCase("struct.pack('<H', -1)", "error ushort format requires 0 <= number <= 65535")]
    [TestCase("struct.pack('>h', 1 << 20)", "error 'h' format requires -32768 <= number <= 32767")]
    [TestCase("struct.pack('<l', 1 << 40)", "error 'l' format requires -2147483648 <= number <= 2147483647")]
    [TestCase("struct.pack('>q', 1 << 70)", "error int too large to convert")]
    [TestCase("struct.pack('<n', 1)", "error bad char in struct format")]
    [TestCase("struct.pack('3', 1)", "error repeat count given without format specifier")]
    [TestCase("struct.pack('i', 1, 2)", "error pack expected 1 items for packing (got 2)")]
    [TestCase("struct.pack('i', 1.0)", "error required argument is not an integer")]
    [TestCase("struct.pack('c', b'ab')", "error char format requires a bytes object of length 1")]
    [TestCase("struct.pack('f', 'a')", "error required argument is not a float")]
    [TestCase("struct.pack('e', 1e10)", "OverflowError float too large to pack with e format")]
    [TestCase("struct.unpack('i', b'ab')", "error unpack requires a buffer of 4 bytes")]
    [TestCase("list(struct.iter_unpack('i', b'abcde'))", "error iterative unpacking requires a buffer of a multiple of 4 bytes")]
    [TestCase("struct.pack_into('i', bytearray(8), 6, 1)", "error pack_into requires a buffer of at least 10 bytes for packing 4 bytes at offset 6 (actual buffer size is 8)")]
    [TestCase("struct.unpack_from('i', b'abcdef', -10)", "error offset -10 out of range for 6-byte buffer")]
    [TestCase("struct.pack_into('i', b'12345678', 0, 1)", "TypeError argument must be read-write bytes-like object, not bytes")]
    [TestCase("struct.calcsize(5)", "TypeError Struct() argument 1 must be a str or bytes object, not int")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
