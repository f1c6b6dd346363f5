using System.Text;
using NUnit.Framework;
using Warden.Syntax;

namespace Warden.Tests.Syntax;

/// <summary>
/// Where string errors point when the source comes as bytes, as for files: CPython reports
/// the token after the string run, in bytes unless the file declares its encoding, with the
/// tokenizer's line buffer as text (which starts where a multi-line string ending on the
/// error line began). Expected values are CPython 3.11's for <c>ast.parse(bytes)</c>.
/// </summary>
public class StringLiteralErrorLocationTests
{
    [TestCase("'''a\nb''' 'c\\x'",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\xXX escape (2:11-2:11) '''a\nb''' 'c\\x'\n")]
    [TestCase("f'''{\t\x0c\n}'''", "SyntaxError: f-string: empty expression not allowed (2:5-2:5) f'''{\t\x0c\n}'''\n")]
    [TestCase("x = 'a\u00e9' b'b'", "SyntaxError: cannot mix bytes and nonbytes literals (1:15-1:15) x = 'a\u00e9' b'b'\n")]
    [TestCase("b'\u00e9'", "SyntaxError: bytes can only contain ASCII literal characters (1:6-1:6) b'\u00e9'\n")]
    [TestCase("# coding: utf-8\nb'\u00e9'", "SyntaxError: bytes can only contain ASCII literal characters (2:5-2:5) b'\u00e9'\n")]
    [TestCase("x = f'\u00e9{}' + 1", "SyntaxError: f-string: empty expression not allowed (1:13-1:14) x = f'\u00e9{}' + 1\n")]
    [TestCase("s = '''\u00e9\n''' b'' ", "SyntaxError: cannot mix bytes and nonbytes literals (2:9-2:9) s = '''\u00e9\n''' b'' \n")]
    public void ReportsLikeCPython(string source, string expected)
    {
        byte[] decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes(source), out string? declared);
        var tok = new Tokenizer(decoded, new TokenizerOptions { DeclaredEncoding = declared is not null });
        int first = 0;
        while (tok.Tokens[first].Kind != TokenKind.String) first++;
        int count = 0;
        while (tok.Tokens[first + count].Kind == TokenKind.String) count++;
        var e = Assert.Throws<PythonSyntaxError>(() => StringLiterals.Parse(tok, first, count))!;
        Assert.That($"{e.PythonType}: {e.Msg} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset}) {e.Text}", Is.EqualTo(expected));
    }
}
