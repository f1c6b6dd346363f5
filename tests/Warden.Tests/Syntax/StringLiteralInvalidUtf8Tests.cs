using NUnit.Framework;
using Warden.Syntax;

namespace Warden.Tests.Syntax;

/// <summary>
/// Bytes that are not UTF-8 inside a str literal: neither CPython's tokenizer nor ours rejects
/// them, the literal decoder does, with the UnicodeDecodeError wording and a position relative
/// to the body (fast path) or to the run of non-ASCII bytes (when the body has escapes).
/// Expected values are CPython 3.11's for <c>ast.parse(bytes)</c>.
/// </summary>
public class StringLiteralInvalidUtf8Tests
{
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'"', 0xf6, (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte", 1, 6)]
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'"', (byte)'a', (byte)'b', 0xc3, 0xa9, 0xf6, (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 4: invalid start byte", 1, 10)]
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'"', (byte)'\\', (byte)'n', 0xc3, 0xa9, 0xf6, (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte", 1, 10)]
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'"', (byte)'\\', (byte)'n', 0xc3, (byte)'a', (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", 1, 9)]
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'r', (byte)'"', (byte)'a', 0xf6, (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte", 1, 8)]
    [TestCase(new byte[] { (byte)'x', (byte)'=', (byte)'f', (byte)'"', (byte)'{', (byte)'1', (byte)'}', (byte)'\\', (byte)'n', 0xf6, (byte)'"', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte", 1, 12)]
    public void RejectsLikeCPython(byte[] source, string message, int lineno, int offset)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parser.ParseModule(source))!;
        Assert.That((e.PythonType, e.Msg, e.Lineno, e.Offset), Is.EqualTo(("SyntaxError", message, lineno, offset)));
    }

    [Test]
    public void CommentsMayHoldInvalidUtf8()
    {
        // CPython 3.11: ast.parse(b'#\xf6\nx=1\n') succeeds.
        var module = Parser.ParseModule(new byte[] { (byte)'#', 0xf6, (byte)'\n', (byte)'x', (byte)'=', (byte)'1', (byte)'\n' });
        Assert.That(module.Body, Has.Length.EqualTo(1));
    }
}
