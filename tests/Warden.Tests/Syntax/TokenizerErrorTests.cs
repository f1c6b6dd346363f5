using System.Text;
using NUnit.Framework;
using Warden.Syntax;

namespace Warden.Tests.Syntax;

/// <summary>
/// Every tokenizer error with the exact fields CPython 3.11 reports for
/// compile(source_bytes, 'f', 'exec') (values pasted from /usr/bin/python3.11).
/// </summary>
[TestFixture]
public class TokenizerErrorTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static IEnumerable<TestCaseData> Cases =>
    [
        new TestCaseData(Utf8("if x:\n  a\n b\n"), "IndentationError", "unindent does not match any outer indentation level", 3, 3, " b\n", 3, -1),
        new TestCaseData(Utf8("if x:\n\ta\n        b\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "        b\n", 3, 0),
        new TestCaseData(Utf8("if x:\n        a\n\tb\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "\tb\n", 3, 0),
        new TestCaseData(Utf8("((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("), "SyntaxError", "too many nested parentheses", 1, 201, "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", 1, 201),
        new TestCaseData(Utf8("x = )\n"), "SyntaxError", "unmatched ')'", 1, 5, "x = )", 1, 5),
        new TestCaseData(Utf8("x = (]\n"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, "x = (]", 1, 6),
        new TestCaseData(Utf8("x = (\n]\n"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, "]", 2, 1),
        new TestCaseData(Utf8("x = (1,\n"), "SyntaxError", "'(' was never closed", 1, 5, "x = (1,\n", 1, 0),
        new TestCaseData(Utf8("x = [1,\n\n"), "SyntaxError", "'[' was never closed", 1, 5, "x = [1,", 1, 0),
        new TestCaseData(Utf8("'abc\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, "'abc", 1, 1),
        new TestCaseData(Utf8("x = 'abc"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = 'abc", 1, 5),
        new TestCaseData(Utf8("'''abc\n\n"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, "'''abc", 1, 1),
        new TestCaseData(Utf8("x = \"\"\"abc"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, "x = \"\"\"abc", 1, 5),
        new TestCaseData(Utf8("x = 1\u20ac\n"), "SyntaxError", "invalid decimal literal", 1, 5, "x = 1\u20ac", 1, 5),
        new TestCaseData(Utf8("x = a\u00a0b\n"), "SyntaxError", "invalid non-printable character U+00A0", 1, 6, "x = a\u00a0b", 1, 6),
        new TestCaseData(Utf8("x = 1 \\ 2\n"), "SyntaxError", "unexpected character after line continuation character", 1, 8, "x = 1 \\ 2\n", 1, 0),
        new TestCaseData(Utf8("x = 1 \\"), "SyntaxError", "unexpected EOF while parsing", 1, 8, "x = 1 \\\n", 1, -1),
        new TestCaseData(Utf8("x = \\\n"), "SyntaxError", "unexpected EOF while parsing", 1, 6, "x = \\\n", 1, -1),
        new TestCaseData(Utf8("0x\n"), "SyntaxError", "invalid hexadecimal literal", 1, 2, "0x", 1, 2),
        new TestCaseData(Utf8("0xg\n"), "SyntaxError", "invalid hexadecimal literal", 1, 2, "0xg", 1, 2),
        new TestCaseData(Utf8("0o8\n"), "SyntaxError", "invalid digit '8' in octal literal", 1, 3, "0o8", 1, 3),
        new TestCaseData(Utf8("0o\n"), "SyntaxError", "invalid octal literal", 1, 2, "0o", 1, 2),
        new TestCaseData(Utf8("0b2\n"), "SyntaxError", "invalid digit '2' in binary literal", 1, 3, "0b2", 1, 3),
        new TestCaseData(Utf8("0b\n"), "SyntaxError", "invalid binary literal", 1, 2, "0b", 1, 2),
        new TestCaseData(Utf8("012\n"), "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "012", 1, 2),
        new TestCaseData(Utf8("0_\n"), "SyntaxError", "invalid decimal literal", 1, 2, "0_", 1, 2),
        new TestCaseData(Utf8("1__2\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1__2", 1, 2),
        new TestCaseData(Utf8("1_\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1_", 1, 2),
        new TestCaseData(Utf8("1e\n"), "SyntaxError", "invalid decimal literal", 1, 1, "1e", 1, 1),
        new TestCaseData(Utf8("1e+\n"), "SyntaxError", "invalid decimal literal", 1, 3, "1e+", 1, 3),
        new TestCaseData(Utf8("1.5j_\n"), "SyntaxError", "invalid imaginary literal", 1, 4, "1.5j_", 1, 4),
        new TestCaseData(Utf8("1jx\n"), "SyntaxError", "invalid imaginary literal", 1, 2, "1jx", 1, 2),
        new TestCaseData(Utf8("1x\n"), "SyntaxError", "invalid decimal literal", 1, 1, "1x", 1, 1),
        new TestCaseData(Utf8("0o19\n"), "SyntaxError", "invalid digit '9' in octal literal", 1, 4, "0o19", 1, 4),
        new TestCaseData(Utf8("0b12\n"), "SyntaxError", "invalid digit '2' in binary literal", 1, 4, "0b12", 1, 4),
        new TestCaseData(Utf8("0x_\n"), "SyntaxError", "invalid hexadecimal literal", 1, 3, "0x_", 1, 3),
        new TestCaseData(Utf8("1e5x\n"), "SyntaxError", "invalid decimal literal", 1, 3, "1e5x", 1, 3),
        new TestCaseData(Utf8("1.x\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1.x", 1, 2),
        new TestCaseData(Utf8("0o7x\n"), "SyntaxError", "invalid octal literal", 1, 3, "0o7x", 1, 3),
        new TestCaseData(Utf8("0b1x\n"), "SyntaxError", "invalid binary literal", 1, 3, "0b1x", 1, 3),
        new TestCaseData(Utf8("0xfz\n"), "SyntaxError", "invalid hexadecimal literal", 1, 3, "0xfz", 1, 3),
        new TestCaseData(Utf8("1_a\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1_a", 1, 2),
        new TestCaseData(Utf8("0123x\n"), "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "0123x", 1, 2),
        new TestCaseData(Utf8("x = \u00e9\u00a0\n"), "SyntaxError", "invalid non-printable character U+00A0", 1, 6, "x = \u00e9\u00a0", 1, 6),
        new TestCaseData(Utf8("\u00e4 = 'x\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "\u00e4 = 'x", 1, 5),
        new TestCaseData(Utf8("a\u0001b\n"), "SyntaxError", "invalid non-printable character U+0001", 1, 2, "a\u0001b", 1, 2),
        new TestCaseData(Utf8("a\u007fb\n"), "SyntaxError", "invalid non-printable character U+007F", 1, 2, "a\u007fb", 1, 2),
        new TestCaseData(Utf8("\"\\\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, "\"\\", 1, 1),
        new TestCaseData(Utf8("'\\\n\n"), "SyntaxError", "unterminated string literal (detected at line 2)", 1, 1, "'\\", 1, 1),
        new TestCaseData(Utf8("x = 0777777777777777777777777777777\n"), "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, "x = 0777777777777777777777777777777", 1, 6),
        new TestCaseData(Utf8("1 if 1 else 0b12\n"), "SyntaxError", "invalid digit '2' in binary literal", 1, 16, "1 if 1 else 0b12", 1, 16),
        new TestCaseData(Utf8("x = '''\n\n\n"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, "x = '''", 1, 5),
        new TestCaseData(Utf8("x = f'abc\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = f'abc", 1, 5),
        new TestCaseData(Utf8("x=)"), "SyntaxError", "unmatched ')'", 1, 3, "x=)", 1, 3),
        new TestCaseData(Utf8("x=(1,2]"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, "x=(1,2]", 1, 7),
        new TestCaseData(Utf8("1 + 1e+\n"), "SyntaxError", "invalid decimal literal", 1, 7, "1 + 1e+", 1, 7),
        new TestCaseData(Utf8("1.2e+5_\n"), "SyntaxError", "invalid decimal literal", 1, 7, "1.2e+5_", 1, 7),
        new TestCaseData(Utf8("0e\n"), "SyntaxError", "invalid decimal literal", 1, 1, "0e", 1, 1),
        new TestCaseData(Utf8("1_e5\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1_e5", 1, 2),
        new TestCaseData(Utf8("1e_5\n"), "SyntaxError", "invalid decimal literal", 1, 1, "1e_5", 1, 1),
        new TestCaseData(Utf8("1._5\n"), "SyntaxError", "invalid decimal literal", 1, 2, "1._5", 1, 2),
        new TestCaseData(Utf8("1.0__5\n"), "SyntaxError", "invalid decimal literal", 1, 4, "1.0__5", 1, 4),
        new TestCaseData(Utf8("0_7\n"), "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "0_7", 1, 3),
        new TestCaseData(Utf8("0_1\n"), "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, "0_1", 1, 3),
        new TestCaseData(Utf8("x = (\r\n1"), "SyntaxError", "'(' was never closed", 1, 5, "x = (", 1, 0),
        new TestCaseData(Utf8("x = '\u00e9"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = '\u00e9", 1, 5),
        new TestCaseData(Utf8("\u00e9 = (]"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, "\u00e9 = (]", 1, 6),
        new TestCaseData(Utf8("x = 0\\\n"), "SyntaxError", "unexpected EOF while parsing", 1, 7, "x = 0\\\n", 1, -1),
        new TestCaseData(Utf8("\\ x\n"), "SyntaxError", "unexpected character after line continuation character", 1, 2, "\\ x\n", 1, 0),
        new TestCaseData(Utf8("\u00e9 = (1,\n"), "SyntaxError", "'(' was never closed", 1, 6, "\u00e9 = (1,\n", 1, 0),
        new TestCaseData(Utf8("\u00e9 = 1 \\ 2\n"), "SyntaxError", "unexpected character after line continuation character", 1, 9, "\u00e9 = 1 \\ 2\n", 1, 0),
        new TestCaseData(Utf8("\u00e9 = 1 \\"), "SyntaxError", "unexpected EOF while parsing", 1, 9, "\u00e9 = 1 \\\n", 1, -1),
        new TestCaseData(Utf8("if x:\n  a\n \u00e9\n"), "IndentationError", "unindent does not match any outer indentation level", 3, 4, " \u00e9\n", 3, -1),
        new TestCaseData(Utf8("# coding: utf-8\n\u00e9 = (1,\n"), "SyntaxError", "'(' was never closed", 2, 5, "\u00e9 = (1,\n", 2, 0),
        new TestCaseData(Convert.FromHexString("2320636f64696e673a206c6174696e2d310ae9203d2028312c0a"), "SyntaxError", "'(' was never closed", 2, 5, "\u00e9 = (1,\n", 2, 0),
        new TestCaseData(Utf8("x = a\u20ac\n"), "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 6, "x = a\u20ac", 1, 6),
        new TestCaseData(Utf8("\u20ac\n"), "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 1, "\u20ac", 1, 1),
        new TestCaseData(Utf8("x = a\u20acb\n"), "SyntaxError", "invalid character '\u20ac' (U+20AC)", 1, 6, "x = a\u20acb", 1, 6),
        new TestCaseData(Convert.FromHexString("78203d20ff0a"), "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 5, "x = \ufffd\n", 1, -1),
        new TestCaseData(Convert.FromHexString("78203d2061e282200a"), "SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data", 1, 7, "x = a\ufffd \n", 1, -1),
        new TestCaseData(Convert.FromHexString("78203d2061e2280a"), "SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 1: unexpected end of data", 1, 6, "x = a\ufffd(\n", 1, -1),
        new TestCaseData(Utf8("if 1:\n  \tx\n\ty\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "\ty\n", 3, 0),
        new TestCaseData(Utf8("if 1:\n        x\n\ty\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "\ty\n", 3, 0),
        new TestCaseData(Utf8("if 1:\n \tx\n\ty\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "\ty\n", 3, 0),
        new TestCaseData(Utf8("x = [\n1,\n"), "SyntaxError", "'[' was never closed", 1, 5, "x = [", 1, 0),
        new TestCaseData(Utf8("x = {\n"), "SyntaxError", "'{' was never closed", 1, 5, "x = {\n", 1, 0),
        new TestCaseData(Utf8("f(a)\n]\n"), "SyntaxError", "unmatched ']'", 2, 1, "]", 2, 1),
        new TestCaseData(Utf8("\ufeffx = (\n"), "SyntaxError", "'(' was never closed", 1, 5, "x = (\n", 1, 0),
        new TestCaseData(Utf8("x = '\\\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, "x = '\\", 1, 5),
        new TestCaseData(Utf8("'''\\\n"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, "'''\\", 1, 1),
        new TestCaseData(Utf8("\n\n\nx = 'abc\\\ndef\n"), "SyntaxError", "unterminated string literal (detected at line 5)", 4, 5, "x = 'abc\\", 4, 5),
        new TestCaseData(Utf8("x = '''\u00e9\n"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, "x = '''\u00e9", 1, 5),
        new TestCaseData(Utf8("0o\n"), "SyntaxError", "invalid octal literal", 1, 2, "0o", 1, 2),
        new TestCaseData(Utf8("0B1_\n"), "SyntaxError", "invalid binary literal", 1, 4, "0B1_", 1, 4),
        new TestCaseData(Utf8("0x1_\n"), "SyntaxError", "invalid hexadecimal literal", 1, 4, "0x1_", 1, 4),
        new TestCaseData(Utf8("0o1__2\n"), "SyntaxError", "invalid octal literal", 1, 4, "0o1__2", 1, 4),
        new TestCaseData(Utf8("1ee5\n"), "SyntaxError", "invalid decimal literal", 1, 1, "1ee5", 1, 1),
        new TestCaseData(Utf8("1e1_\n"), "SyntaxError", "invalid decimal literal", 1, 4, "1e1_", 1, 4),
        new TestCaseData(Utf8("1j_\n"), "SyntaxError", "invalid imaginary literal", 1, 2, "1j_", 1, 2),
        new TestCaseData(Utf8("1.5e-5j2\n"), "SyntaxError", "invalid imaginary literal", 1, 7, "1.5e-5j2", 1, 7),
        new TestCaseData(Utf8("x = ((\n)"), "SyntaxError", "'(' was never closed", 1, 5, "x = ((", 1, 0),
        new TestCaseData(Utf8("(\\\n"), "SyntaxError", "'(' was never closed", 1, 1, "(\\\n", 1, 0),
        new TestCaseData(Utf8("x = (1,\n\\\n"), "SyntaxError", "'(' was never closed", 1, 5, "x = (1,", 1, 0),
        new TestCaseData(Utf8("x = (\n# c\n"), "SyntaxError", "'(' was never closed", 1, 5, "x = (", 1, 0),
        new TestCaseData(Utf8("if 1:\n  x = (\n"), "SyntaxError", "'(' was never closed", 2, 7, "  x = (\n", 2, 0),
        new TestCaseData(Utf8("'''\n\\"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1, "'''", 1, 1),
        new TestCaseData(Utf8("x = 1 \\\n  \\\n"), "SyntaxError", "unexpected EOF while parsing", 2, 4, "x = 1 \\\n  \\\n", 2, -1),
        new TestCaseData(Utf8("def f():\n\tif 1:\n        x\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, "        x\n", 3, 0),
        new TestCaseData(Utf8("if 1:\n    x\n  \\\n"), "SyntaxError", "unexpected EOF while parsing", 3, 4, "  \\\n", 3, -1),
        new TestCaseData(Utf8("x = [1, 2\n  ,3\n"), "SyntaxError", "'[' was never closed", 1, 5, "x = [1, 2", 1, 0),
        new TestCaseData(Utf8("a = 1\n\\\n"), "SyntaxError", "unexpected EOF while parsing", 2, 2, "\\\n", 2, -1),
        new TestCaseData(Utf8("{\n(\n[\n"), "SyntaxError", "'[' was never closed", 3, 1, "[\n", 3, 0),
        new TestCaseData(Utf8("x = \U0001f600\n"), "SyntaxError", "invalid character '\U0001f600' (U+1F600)", 1, 5, "x = \U0001f600", 1, 5),
        new TestCaseData(Utf8("x = a\u200b\n"), "SyntaxError", "invalid non-printable character U+200B", 1, 6, "x = a\u200b", 1, 6),
        new TestCaseData(Utf8("x = \u00b7a\n"), "SyntaxError", "invalid character '\u00b7' (U+00B7)", 1, 5, "x = \u00b7a", 1, 5),
        new TestCaseData(Utf8("if 1:\n  x\n  \\ y\n"), "SyntaxError", "unexpected character after line continuation character", 3, 4, "  \\ y\n", 3, 0),
        new TestCaseData(Utf8("x = 1 + \\\n 2 \\ 3\n"), "SyntaxError", "unexpected character after line continuation character", 2, 15, "x = 1 + \\\n 2 \\ 3\n", 2, 0),
        new TestCaseData(Utf8("if 1:\n    x = '''\n''' + \\\n  \\ y\n"), "SyntaxError", "unexpected character after line continuation character", 4, 24, "    x = '''\n''' + \\\n  \\ y\n", 4, 0),
        new TestCaseData(Utf8("if 1:\n  x\n \\\n y\n"), "IndentationError", "unindent does not match any outer indentation level", 4, 3, " y\n", 4, -1),
        new TestCaseData(Utf8("x = '''\n''' + (\n"), "SyntaxError", "'(' was never closed", 2, 7, "x = '''\n''' + (\n", 2, 0),
        new TestCaseData(Utf8("x = (1 + \\\n 2"), "SyntaxError", "'(' was never closed", 1, 5, "x = (1 + \\", 1, 0),
        new TestCaseData(Utf8("if 1:\n  x = 1\n \\\n\t y\n"), "IndentationError", "unindent does not match any outer indentation level", 4, 4, "\t y\n", 4, -1),

    ];

    private static PythonSyntaxError? Tokenize(byte[] raw)
    {
        byte[] decoded = SourceDecoder.Decode(raw, out string? encoding);
        var tokenizer = new Tokenizer(decoded, new TokenizerOptions { Filename = "f", DeclaredEncoding = encoding != null });
        return tokenizer.Error;
    }

    [TestCaseSource(nameof(Cases))]
    public void ErrorMatchesCPython(byte[] source, string type, string msg, int lineno, int offset, string text, int endLineno, int endOffset)
    {
        var error = Tokenize(source);
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.PythonType, Is.EqualTo(type));
        Assert.That(error.Msg, Is.EqualTo(msg));
        Assert.That(error.Filename, Is.EqualTo("f"));
        Assert.That((error.Lineno, error.Offset, error.EndLineno, error.EndOffset), Is.EqualTo((lineno, offset, endLineno, endOffset)));
        Assert.That(error.Text, Is.EqualTo(text));
    }

    [Test]
    public void TooManyLevelsOfIndentation()
    {
        // 101 nested "if 1:" lines; CPython: IndentationError at line 101, offset 1, end offset 0.
        var source = new StringBuilder();
        for (int i = 0; i <= 100; i++) source.Append(' ', i).Append("if 1:\n");
        source.Append(' ', 101).Append("pass\n");
        var error = Tokenize(Utf8(source.ToString()))!;
        Assert.That(error.PythonType, Is.EqualTo("IndentationError"));
        Assert.That(error.Msg, Is.EqualTo("too many levels of indentation"));
        Assert.That((error.Lineno, error.Offset, error.EndLineno, error.EndOffset), Is.EqualTo((101, 1, 101, 0)));
        Assert.That(error.Text, Is.EqualTo(new string(' ', 100) + "if 1:\n"));
    }

    [TestCase("1if x else y\n")]
    [TestCase("1 if 0else 2\n")]
    [TestCase("0x1for\n")]
    [TestCase("1not in x\n")]
    [TestCase("[0x1for x in y]\n")]
    [TestCase("1_000.0_1e1_0j\n")]
    [TestCase("09.5 00 0_0 1.e5 0o_7 0b_1 0x_f\n")]
    public void NumbersCPythonAccepts(string source)
    {
        Assert.That(new Tokenizer(Utf8(source)).Error, Is.Null);
    }
}
