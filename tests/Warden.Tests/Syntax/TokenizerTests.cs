using System.Diagnostics;
using System.Numerics;
using System.Text;
using NUnit.Framework;
using Warden.Syntax;

namespace Warden.Tests.Syntax;

/// <summary>
/// Token streams and positions. Expected tokens come from /usr/bin/python3.11's tokenize module
/// (same positions as the C tokenizer for these ASCII samples), with the C tokenizer's conventions:
/// NEWLINE is empty (end = start), INDENT/DEDENT/ENDMARKER have column -1 and EOF tokens sit on
/// the last line.
/// </summary>
[TestFixture]
public class TokenizerTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static readonly Dictionary<string, (string Source, string[] Expected)> Samples = new()
    {
        ["Simple"] = ("x = 1\n", new[] { "Name 1:0-1:1", "Equal 1:2-1:3", "Number 1:4-1:5", "Newline 1:5-1:5", "EndMarker 1:-1-1:-1" }),
        ["Blocks"] = ("def f(a, *, b=2) -> int:\n    if a:\n        return a ** b\n    else:\n\n        # comment\n        pass\nclass C: pass\n", new[] { "Def 1:0-1:3", "Name 1:4-1:5", "LPar 1:5-1:6", "Name 1:6-1:7", "Comma 1:7-1:8", "Star 1:9-1:10", "Comma 1:10-1:11", "Name 1:12-1:13", "Equal 1:13-1:14", "Number 1:14-1:15", "RPar 1:15-1:16", "Arrow 1:17-1:19", "Name 1:20-1:23", "Colon 1:23-1:24", "Newline 1:24-1:24", "Indent 2:-1-2:-1", "If 2:4-2:6", "Name 2:7-2:8", "Colon 2:8-2:9", "Newline 2:9-2:9", "Indent 3:-1-3:-1", "Return 3:8-3:14", "Name 3:15-3:16", "DoubleStar 3:17-3:19", "Name 3:20-3:21", "Newline 3:21-3:21", "Dedent 4:-1-4:-1", "Else 4:4-4:8", "Colon 4:8-4:9", "Newline 4:9-4:9", "Indent 7:-1-7:-1", "Pass 7:8-7:12", "Newline 7:12-7:12", "Dedent 8:-1-8:-1", "Dedent 8:-1-8:-1", "Class 8:0-8:5", "Name 8:6-8:7", "Colon 8:7-8:8", "Pass 8:9-8:13", "Newline 8:13-8:13", "EndMarker 8:-1-8:-1" }),
        ["Parens"] = ("x = (1,\n     2,   # c\n\n  3)\ny = [\n]\n", new[] { "Name 1:0-1:1", "Equal 1:2-1:3", "LPar 1:4-1:5", "Number 1:5-1:6", "Comma 1:6-1:7", "Number 2:5-2:6", "Comma 2:6-2:7", "Number 4:2-4:3", "RPar 4:3-4:4", "Newline 4:4-4:4", "Name 5:0-5:1", "Equal 5:2-5:3", "LSqb 5:4-5:5", "RSqb 6:0-6:1", "Newline 6:1-6:1", "EndMarker 6:-1-6:-1" }),
        ["Strings"] = ("s = 'a' \"b\" r'\\n' b'x' Rb\"y\" f'{x}' u'z'\nt = '''a\nb''' + \"\"\"\n\"\"\"\n", new[] { "Name 1:0-1:1", "Equal 1:2-1:3", "String 1:4-1:7", "String 1:8-1:11", "String 1:12-1:17", "String 1:18-1:22", "String 1:23-1:28", "String 1:29-1:35", "String 1:36-1:40", "Newline 1:40-1:40", "Name 2:0-2:1", "Equal 2:2-2:3", "String 2:4-3:4", "Plus 3:5-3:6", "String 3:7-4:3", "Newline 4:3-4:3", "EndMarker 4:-1-4:-1" }),
        ["Continuation"] = ("x = 1 + \\\n    2\nif x and \\\n  y:\n    pass\n", new[] { "Name 1:0-1:1", "Equal 1:2-1:3", "Number 1:4-1:5", "Plus 1:6-1:7", "Number 2:4-2:5", "Newline 2:5-2:5", "If 3:0-3:2", "Name 3:3-3:4", "And 3:5-3:8", "Name 4:2-4:3", "Colon 4:3-4:4", "Newline 4:4-4:4", "Indent 5:-1-5:-1", "Pass 5:4-5:8", "Newline 5:8-5:8", "Dedent 5:-1-5:-1", "EndMarker 5:-1-5:-1" }),
        ["Operators"] = ("a += b -= c *= d /= e //= f %= g @= h &= i |= j ^= k >>= l <<= m **= n\na->b:=c<=d>=e==f!=g<<h>>i**j//k...l.m~n\n", new[] { "Name 1:0-1:1", "PlusEqual 1:2-1:4", "Name 1:5-1:6", "MinEqual 1:7-1:9", "Name 1:10-1:11", "StarEqual 1:12-1:14", "Name 1:15-1:16", "SlashEqual 1:17-1:19", "Name 1:20-1:21", "DoubleSlashEqual 1:22-1:25", "Name 1:26-1:27", "PercentEqual 1:28-1:30", "Name 1:31-1:32", "AtEqual 1:33-1:35", "Name 1:36-1:37", "AmperEqual 1:38-1:40", "Name 1:41-1:42", "VBarEqual 1:43-1:45", "Name 1:46-1:47", "CircumflexEqual 1:48-1:50", "Name 1:51-1:52", "RightShiftEqual 1:53-1:56", "Name 1:57-1:58", "LeftShiftEqual 1:59-1:62", "Name 1:63-1:64", "DoubleStarEqual 1:65-1:68", "Name 1:69-1:70", "Newline 1:70-1:70", "Name 2:0-2:1", "Arrow 2:1-2:3", "Name 2:3-2:4", "ColonEqual 2:4-2:6", "Name 2:6-2:7", "LessEqual 2:7-2:9", "Name 2:9-2:10", "GreaterEqual 2:10-2:12", "Name 2:12-2:13", "EqEqual 2:13-2:15", "Name 2:15-2:16", "NotEqual 2:16-2:18", "Name 2:18-2:19", "LeftShift 2:19-2:21", "Name 2:21-2:22", "RightShift 2:22-2:24", "Name 2:24-2:25", "DoubleStar 2:25-2:27", "Name 2:27-2:28", "DoubleSlash 2:28-2:30", "Name 2:30-2:31", "Ellipsis 2:31-2:34", "Name 2:34-2:35", "Dot 2:35-2:36", "Name 2:36-2:37", "Tilde 2:37-2:38", "Name 2:38-2:39", "Newline 2:39-2:39", "EndMarker 2:-1-2:-1" }),
        ["Numbers"] = ("0 00 0_0 1_000 0x_fF 0o17 0B1_0 1. .5 1.5e-3 1E+5 1j 1.5J 0e0 1if 1else 0\n", new[] { "Number 1:0-1:1", "Number 1:2-1:4", "Number 1:5-1:8", "Number 1:9-1:14", "Number 1:15-1:20", "Number 1:21-1:25", "Number 1:26-1:31", "Number 1:32-1:34", "Number 1:35-1:37", "Number 1:38-1:44", "Number 1:45-1:49", "Number 1:50-1:52", "Number 1:53-1:57", "Number 1:58-1:61", "Number 1:62-1:63", "If 1:63-1:65", "Number 1:66-1:67", "Else 1:67-1:71", "Number 1:72-1:73", "Newline 1:73-1:73", "EndMarker 1:-1-1:-1" }),
        ["Tabs"] = ("if 1:\n\tx = 1\n\tif 2:\n\t\ty\nz\n", new[] { "If 1:0-1:2", "Number 1:3-1:4", "Colon 1:4-1:5", "Newline 1:5-1:5", "Indent 2:-1-2:-1", "Name 2:1-2:2", "Equal 2:3-2:4", "Number 2:5-2:6", "Newline 2:6-2:6", "If 3:1-3:3", "Number 3:4-3:5", "Colon 3:5-3:6", "Newline 3:6-3:6", "Indent 4:-1-4:-1", "Name 4:2-4:3", "Newline 4:3-4:3", "Dedent 5:-1-5:-1", "Dedent 5:-1-5:-1", "Name 5:0-5:1", "Newline 5:1-5:1", "EndMarker 5:-1-5:-1" }),
        ["NoTrailingNewline"] = ("if x:\n    y", new[] { "If 1:0-1:2", "Name 1:3-1:4", "Colon 1:4-1:5", "Newline 1:5-1:5", "Indent 2:-1-2:-1", "Name 2:4-2:5", "Newline 2:5-2:5", "Dedent 2:-1-2:-1", "EndMarker 2:-1-2:-1" }),
        ["Empty"] = ("", new[] { "EndMarker 1:-1-1:-1" }),
        ["Keywords"] = ("async def f(): await x; yield None is not True or False and lambda: 0\nmatch = case = _ = 1\n", new[] { "Async 1:0-1:5", "Def 1:6-1:9", "Name 1:10-1:11", "LPar 1:11-1:12", "RPar 1:12-1:13", "Colon 1:13-1:14", "Await 1:15-1:20", "Name 1:21-1:22", "Semi 1:22-1:23", "Yield 1:24-1:29", "None 1:30-1:34", "Is 1:35-1:37", "Not 1:38-1:41", "True 1:42-1:46", "Or 1:47-1:49", "False 1:50-1:55", "And 1:56-1:59", "Lambda 1:60-1:66", "Colon 1:66-1:67", "Number 1:68-1:69", "Newline 1:69-1:69", "Name 2:0-2:5", "Equal 2:6-2:7", "Name 2:8-2:12", "Equal 2:13-2:14", "Name 2:15-2:16", "Equal 2:17-2:18", "Number 2:19-2:20", "Newline 2:20-2:20", "EndMarker 2:-1-2:-1" }),
        ["FormFeed"] = ("\u000cx = 1\nif 1:\n  \u000c  y\n", new[] { "Name 1:1-1:2", "Equal 1:3-1:4", "Number 1:5-1:6", "Newline 1:6-1:6", "If 2:0-2:2", "Number 2:3-2:4", "Colon 2:4-2:5", "Newline 2:5-2:5", "Indent 3:-1-3:-1", "Name 3:5-3:6", "Newline 3:6-3:6", "Dedent 3:-1-3:-1", "EndMarker 3:-1-3:-1" }),
    };

    private static IEnumerable<string> SampleNames => Samples.Keys;

    [TestCaseSource(nameof(SampleNames))]
    public void TokensAndPositionsMatchCPython(string name)
    {
        var (source, expected) = Samples[name];
        var tokenizer = new Tokenizer(Utf8(source));
        Assert.That(tokenizer.Error, Is.Null);
        var actual = tokenizer.Tokens.Take(tokenizer.Count).Select(t => t.ToString()).ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void NewlineAfterCommentStartsAtTheHash()
    {
        // CPython reports "invalid syntax" for 'x = 1 +  # c' at offset 10, end offset 13: the NEWLINE token.
        var tokenizer = new Tokenizer(Utf8("x = 1 +  # c\n"));
        var newline = tokenizer.Tokens[4];
        Assert.That(newline.ToString(), Is.EqualTo("Newline 1:9-1:12"));
    }

    [Test]
    public void NonAsciiColumnsAreBytes()
    {
        var tokenizer = new Tokenizer(Utf8("\u00e9 = '\u00e9'\n"));
        Assert.That(tokenizer.Tokens[1].ToString(), Is.EqualTo("Equal 1:3-1:4"));
        Assert.That(tokenizer.Tokens[2].ToString(), Is.EqualTo("String 1:5-1:9"));
    }

    [Test]
    public void NamesAreInternedAndNfkcNormalized()
    {
        // ast.parse("ﬁx = fix") gives Name(id='fix') twice: NFKC folds the ligature.
        var tokenizer = new Tokenizer(Utf8("\ufb01x = fix\nfix\n"));
        string a = tokenizer.GetName(tokenizer.Tokens[0]);
        string b = tokenizer.GetName(tokenizer.Tokens[2]);
        string c = tokenizer.GetName(tokenizer.Tokens[4]);
        Assert.That(a, Is.EqualTo("fix"));
        Assert.That(b, Is.SameAs(c));
        Assert.That(tokenizer.Tokens[0].Kind, Is.EqualTo(TokenKind.Name));
    }

    [Test]
    public void SoftKeywordsStayNames()
    {
        var tokenizer = new Tokenizer(Utf8("match case _ type\n"));
        for (int i = 0; i < 4; i++) Assert.That(tokenizer.Tokens[i].Kind, Is.EqualTo(TokenKind.Name));
    }

    [TestCase("1", 1L)]
    [TestCase("1_000", 1000L)]
    [TestCase("0x_fF", 255L)]
    [TestCase("0o17", 15L)]
    [TestCase("0B1_0", 2L)]
    [TestCase("00", 0L)]
    [TestCase("9223372036854775807", 9223372036854775807L)]
    public void IntegerValues(string literal, long expected)
    {
        var tokenizer = new Tokenizer(Utf8(literal + "\n"));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[0]), Is.EqualTo(expected));
    }

    [Test]
    public void BigIntegerValues()
    {
        var tokenizer = new Tokenizer(Utf8("9223372036854775808 0xffffffffffffffffff 0o7777777777777777777777777 " + new string('9', 4300) + "\n"));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[0]), Is.EqualTo(BigInteger.Parse("9223372036854775808")));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[1]), Is.EqualTo(BigInteger.Parse("4722366482869645213695")));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[2]), Is.EqualTo(BigInteger.Parse("37778931862957161709567")));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[3]), Is.EqualTo(BigInteger.Pow(10, 4300) - 1));
    }

    // Values are float.hex() / repr() facts from python3.11.
    [TestCase("1.5e-3", 0.0015)]
    [TestCase("1.", 1.0)]
    [TestCase(".5", 0.5)]
    [TestCase("1_000.0_1e1_0", 10000100000000.0)]
    [TestCase("0.1", 0.1)]
    [TestCase("1e400", double.PositiveInfinity)]
    [TestCase("2.2250738585072011e-308", 2.225073858507201e-308)]
    public void FloatValues(string literal, double expected)
    {
        var tokenizer = new Tokenizer(Utf8(literal + "\n"));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[0]), Is.EqualTo(expected));
    }

    [Test]
    public void ImaginaryValues()
    {
        var tokenizer = new Tokenizer(Utf8("1j 1.5J 1e400j\n"));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[0]), Is.EqualTo(new Complex(0, 1)));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[1]), Is.EqualTo(new Complex(0, 1.5)));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[2]), Is.EqualTo(new Complex(0, double.PositiveInfinity)));
    }

    [Test]
    public void DecimalLiteralOverTheDigitLimit()
    {
        // compile(b'x = ' + b'1_0'*2200 + b'\n', 'f', 'exec') -> SyntaxError at 1, offset 0, end 1/0.
        var tokenizer = new Tokenizer(Utf8("x = " + string.Concat(Enumerable.Repeat("1_0", 2200)) + "\n"), new TokenizerOptions { Filename = "f" });
        var error = Assert.Throws<PythonSyntaxError>(() => tokenizer.GetNumber(tokenizer.Tokens[2]))!;
        Assert.That(error.Msg, Is.EqualTo("Exceeds the limit (4300 digits) for integer string conversion: value has 4400 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."));
        Assert.That((error.Lineno, error.Offset, error.EndLineno, error.EndOffset), Is.EqualTo((1, 0, 1, 0)));
    }

    [Test]
    public void AllZeroLiteralHasNoDigitLimit()
    {
        var tokenizer = new Tokenizer(Utf8(new string('0', 5000) + "\n"));
        Assert.That(tokenizer.GetNumber(tokenizer.Tokens[0]), Is.EqualTo(0L));
    }

    [Test]
    public void OptionsShiftPositions()
    {
        var tokenizer = new Tokenizer(Utf8("a +\nb"), new TokenizerOptions { LineOffset = 4, FirstLineColOffset = 10 });
        Assert.That(tokenizer.Tokens[0].ToString(), Is.EqualTo("Name 5:10-5:11"));
        Assert.That(tokenizer.Tokens[1].ToString(), Is.EqualTo("Plus 5:12-5:13"));
    }

    [Test]
    public void GetLineTextReturnsTheLineWithItsNewline()
    {
        var tokenizer = new Tokenizer(Utf8("a\n\u00e9 = 1\n"));
        Assert.That(tokenizer.GetLineText(2), Is.EqualTo("\u00e9 = 1\n"));
        Assert.That(tokenizer.GetLineText(3), Is.EqualTo(""));
    }

    [Test]
    public void UnknownAsciiCharactersAreSingleOperatorTokens()
    {
        // CPython 3.11 makes '$' an OP token that no rule accepts: 'x = $' is "invalid syntax" at offset 5.
        var tokenizer = new Tokenizer(Utf8("x = $ ?\n"));
        Assert.That(tokenizer.Error, Is.Null);
        Assert.That(tokenizer.Tokens[2].ToString(), Is.EqualTo("Exclamation 1:4-1:5"));
    }

    [Test]
    public void ErrorTokenComesAfterTheValidTokens()
    {
        var tokenizer = new Tokenizer(Utf8("x = )\n"));
        Assert.That(tokenizer.Count, Is.EqualTo(3));
        Assert.That(tokenizer.Tokens[2].Kind, Is.EqualTo(TokenKind.Error));
        Assert.That(tokenizer.Error, Is.Not.Null);
    }

    // ---- Hostile input ----

    // A guard against hangs and quadratic blow-ups, not a benchmark: each input tokenizes in well
    // under a second alone, but CI machines may be loaded.
    private static void AssertFast(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void HugeSingleLine() => AssertFast(() =>
    {
        var source = Utf8("x = [" + string.Concat(Enumerable.Repeat("1, a, 'b', ", 2_000_000)) + "]\n");
        var tokenizer = new Tokenizer(source);
        Assert.That(tokenizer.Error, Is.Null);
        Assert.That(tokenizer.Count, Is.EqualTo(12_000_000 + 6));
    });

    [Test]
    public void HugeFile() => AssertFast(() =>
    {
        // 50 MB of ordinary code: long lines, strings and comments.
        var line = "def f(a, b):\n    return a + b  # " + new string('c', 60) + "\n    s = '" + new string('s', 60) + "'\n";
        var source = Utf8(string.Concat(Enumerable.Repeat(line, 50_000_000 / line.Length)));
        var tokenizer = new Tokenizer(source);
        Assert.That(tokenizer.Error, Is.Null);
    });

    [Test]
    public void HundredThousandNestedParentheses() => AssertFast(() =>
    {
        var tokenizer = new Tokenizer(Utf8(new string('(', 100_000)));
        Assert.That(tokenizer.Error!.Msg, Is.EqualTo("too many nested parentheses"));
        Assert.That(tokenizer.Error.Offset, Is.EqualTo(201));
    });

    [Test]
    public void HugeStringAndComment() => AssertFast(() =>
    {
        var tokenizer = new Tokenizer(Utf8("'" + new string('a', 20_000_000) + "'\n#" + new string('b', 20_000_000) + "\n'''" + new string('\n', 1_000_000)));
        Assert.That(tokenizer.Error!.Msg, Is.EqualTo("unterminated triple-quoted string literal (detected at line 1000002)"));
    });

    [Test]
    public void RandomBytesNeverCrash() => AssertFast(() =>
    {
        var random = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            var tokenizer = new Tokenizer(bytes);
            Assert.That(tokenizer.Count, Is.GreaterThan(0));
            var last = tokenizer.Tokens[tokenizer.Count - 1].Kind;
            Assert.That(last is TokenKind.EndMarker or TokenKind.Error, Is.True);
            for (int k = 0; k < tokenizer.Count; k++)
            {
                var t = tokenizer.Tokens[k];
                if (t.Kind == TokenKind.Name) tokenizer.GetName(t);
                if (t.Kind == TokenKind.Number) tokenizer.GetNumber(t);
            }
        }
    });

    [Test]
    public void HugeHexAndBinaryLiterals() => AssertFast(() =>
    {
        var tokenizer = new Tokenizer(Utf8("0x" + new string('f', 2_000_000) + " 0b1" + new string('0', 4_000_000) + "\n"));
        var hex = (BigInteger)tokenizer.GetNumber(tokenizer.Tokens[0]);
        var binary = (BigInteger)tokenizer.GetNumber(tokenizer.Tokens[1]);
        Assert.That(hex.GetBitLength(), Is.EqualTo(8_000_000));
        Assert.That(binary, Is.EqualTo(BigInteger.One << 4_000_000));
    });

    [Test]
    public void HugeIdentifierWithCombiningMarks() => AssertFast(() =>
    {
        // Alternating combining classes 230 and 220 would make a naive canonical reordering quadratic.
        var name = "a" + string.Concat(Enumerable.Repeat("\u0301\u0323", 500_000));
        var tokenizer = new Tokenizer(Utf8(name + "\n"));
        Assert.That(tokenizer.Error, Is.Null);
        Assert.That(tokenizer.GetName(tokenizer.Tokens[0]).Length, Is.GreaterThan(500_000));
    });

    [Test]
    public void NulByteIsAnInvalidCharacter()
    {
        var tokenizer = new Tokenizer(new byte[] { (byte)'x', 0, (byte)'y' });
        Assert.That(tokenizer.Error!.Msg, Is.EqualTo("invalid non-printable character U+0000"));
    }
}
