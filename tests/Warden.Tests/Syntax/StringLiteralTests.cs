using NUnit.Framework;

namespace Warden.Tests.Syntax;

/// <summary>
/// str and bytes literals: prefixes, quotes, escapes, implicit concatenation and the
/// SyntaxErrors of invalid literals. Expected values are CPython 3.11's
/// <c>ast.dump(ast.parse(src).body[0].value, include_attributes=True)</c> (or its error).
/// </summary>
public class StringLiteralTests
{

        [TestCase(@"'abc'",
            @"Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)")]
        [TestCase(@"""abc""",
            @"Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)")]
        [TestCase(@"'''a
b'''",
            @"Constant(value='a\nb', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)")]
        [TestCase(@"""""""x""""""",
            @"Constant(value='x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)")]
        [TestCase(@"''",
            @"Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)")]
        [TestCase(@"''''''",
            @"Constant(value='', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"x = 'é😀'",
            @"Constant(value='é😀', lineno=1, col_offset=4, end_lineno=1, end_col_offset=12)")]
        [TestCase(@"r'a\nb\'c'",
            @"Constant(value=""a\\nb\\'c"", lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)")]
        [TestCase(@"R""\x""",
            @"Constant(value='\\x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)")]
        [TestCase(@"u'a'",
            @"Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)")]
        [TestCase(@"U'a'",
            @"Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)")]
        [TestCase(@"b'abc'",
            @"Constant(value=b'abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"B'a\x41\101\n'",
            @"Constant(value=b'aAA\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)")]
        [TestCase(@"rb'\x41'",
            @"Constant(value=b'\\x41', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"bR'\n'",
            @"Constant(value=b'\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"Rb'\n'",
            @"Constant(value=b'\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)")]
        [TestCase(@"'\\ \' \"" \a \b \f \n \r \t \v'",
            @"Constant(value='\\ \' "" \x07 \x08 \x0c \n \r \t \x0b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)")]
        [TestCase(@"'\0\7\77\101\777\1234'",
            @"Constant(value='\x00\x07?AǿS4', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)")]
        [TestCase(@"'\x41\x4a\x4A'",
            @"Constant(value='AJJ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)")]
        [TestCase(@"'\u00e9\U0001F600'",
            @"Constant(value='é😀', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)")]
        [TestCase(@"'\ud800'",
            @"Constant(value='\ud800', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"'\ud83d\ude00'",
            @"Constant(value='\ud83d\ude00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)")]
        [TestCase(@"'a\
b'",
            @"Constant(value='ab', lineno=1, col_offset=0, end_lineno=2, end_col_offset=2)")]
        [TestCase(@"'\q\8\9\é'",
            @"Constant(value='\\q\\8\\9\\é', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"b'\q\u1234\N{DASH}'",
            @"Constant(value=b'\\q\\u1234\\N{DASH}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)")]
        [TestCase(@"b'\777\400'",
            @"Constant(value=b'\xff\x00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"'\N{EN DASH}\N{latin small letter a}\N{NUL}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GGAG}\N{BYTE ORDER MARK}'",
            @"Constant(value='–a\x00一깍\ufeff', lineno=1, col_offset=0, end_lineno=1, end_col_offset=117)")]
        [TestCase(@"'a' 'b'",
            @"Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)")]
        [TestCase(@"'a' u'b'",
            @"Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"u'a' 'b'",
            @"Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)")]
        [TestCase(@"b'a' b'b'",
            @"Constant(value=b'ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)")]
        [TestCase(@"b'a' rb'\n'",
            @"Constant(value=b'a\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)")]
        [TestCase(@"('a'
 'b'
 'c')",
            @"Constant(value='abc', lineno=1, col_offset=1, end_lineno=3, end_col_offset=4)")]
        [TestCase(@"('a' '\ud800'
 'b')",
            @"Constant(value='a\ud800b', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4)")]
        [TestCase(@"x = 'a' b'b'",
            @"SyntaxError: cannot mix bytes and nonbytes literals (1:13-1:13)")]
        [TestCase(@"x = b'a' 'b' + 1",
            @"SyntaxError: cannot mix bytes and nonbytes literals (1:14-1:15)")]
        [TestCase(@"'a' b'b' 'c'",
            @"SyntaxError: cannot mix bytes and nonbytes literals (1:13-1:13)")]
        [TestCase(@"b'é'",
            @"SyntaxError: bytes can only contain ASCII literal characters (1:5-1:5)")]
        [TestCase(@"x = 1;  b'aé'",
            @"SyntaxError: bytes can only contain ASCII literal characters (1:14-1:14)")]
        [TestCase(@"'\x'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape (1:5-1:5)")]
        [TestCase(@"'é\x1'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape (1:7-1:7)")]
        [TestCase(@"'\x1g'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape (1:7-1:7)")]
        [TestCase(@"'\u12'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape (1:7-1:7)")]
        [TestCase(@"'\U0011ffff'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1:13-1:13)")]
        [TestCase(@"'\U001'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \UXXXXXXXX escape (1:8-1:8)")]
        [TestCase(@"'\N{foo}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name (1:10-1:10)")]
        [TestCase(@"'\N{'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape (1:6-1:6)")]
        [TestCase(@"'\Nx'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape (1:6-1:6)")]
        [TestCase(@"'\N'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape (1:5-1:5)")]
        [TestCase(@"'\N{abc'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \N character escape (1:9-1:9)")]
        [TestCase(@"'\N{}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \N character escape (1:7-1:7)")]
        [TestCase(@"'\N{cjk unified ideograph-4e00}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name (1:33-1:33)")]
        [TestCase(@"'\N{hangul syllable ga}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name (1:25-1:25)")]
        [TestCase(@"'\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name (1:51-1:51)")]
        [TestCase(@"b'\x'",
            @"SyntaxError: (value error) invalid \x escape at position 0 (1:6-1:6)")]
        [TestCase(@"b'a\x1'",
            @"SyntaxError: (value error) invalid \x escape at position 1 (1:8-1:8)")]
        [TestCase(@"'''a
b''' 'c\x'",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \xXX escape (2:11-2:11)")]
        [TestCase(@"'\x' b''",
            @"SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape (1:9-1:9)")]
        [TestCase(@"'' b'\x'",
            @"SyntaxError: (value error) invalid \x escape at position 0 (1:9-1:9)")]
    public void DumpsLikeCPython(string source, string expected)
    {
        Assert.That(StringLiteralTestHarness.Dump(source), Is.EqualTo(expected));
    }
}
