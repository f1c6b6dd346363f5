using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>unicodedata</c> module; expected outputs are CPython 3.11's (Unicode 14).</summary>
[TestFixture]
public class NativeUnicodedataTests
{
    private static string Run(string source) => PythonRunner.Output("import unicodedata as ud\n" + source);

    [TestCase("print(ud.unidata_version, ud.category('A'), ud.bidirectional('\\u0661'), ud.combining('\\u0301'), ud.east_asian_width('\\u4e2d'), ud.mirrored('('))",
        "14.0.0 Lu AN 230 W 1\n")]
    [TestCase("print(ud.decomposition('\\ufb01'), ud.numeric('\\u00bd'), ud.digit('\\u0663'), ud.decimal('7'), ud.numeric('\\u4e07'), ud.east_asian_width('\\U00030000'))",
        "<compat> 0066 0069 0.5 3 7 10000.0 W\n")]
    [TestCase("print(ud.name('\\u00e9'), ud.name('\\uac00'), ascii(ud.lookup('LATIN SMALL LETTER E WITH ACUTE')), ud.lookup('latin small letter a'))",
        "LATIN SMALL LETTER E WITH ACUTE HANGUL SYLLABLE GA '\\xe9' a\n")]
    [TestCase("print([ascii(ud.normalize(f, '\\u1e9b\\u0323')) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])",
        "[\"'\\\\u1e9b\\\\u0323'\", \"'\\\\u017f\\\\u0323\\\\u0307'\", \"'\\\\u1e69'\", \"'s\\\\u0323\\\\u0307'\"]\n")]
    [TestCase("print(ascii(ud.normalize('NFD', '\\ud55c')), ascii(ud.normalize('NFC', '\\u1112\\u1161\\u11ab')), ud.is_normalized('NFC', 'e\\u0301'), ud.normalize('NFKC', '\\u2460\\u2461'))",
        "'\\u1112\\u1161\\u11ab' '\\ud55c' False 12\n")]
    public void ReportsCPythonProperties(string code, string expected) => Assert.That(Run(code), Is.EqualTo(expected));

    [TestCase("ud.name('\\x00')", "ValueError no such name")]
    [TestCase("ud.lookup('NO SUCH CHARACTER NAME')", "KeyError \"undefined character name 'NO SUCH CHARACTER NAME'\"")]
    [TestCase("ud.numeric('a')", "ValueError not a numeric character")]
    [TestCase("ud.normalize('NFX', 'a')", "ValueError invalid normalization form")]
    [TestCase("ud.category('ab')", "TypeError category() argument must be a unicode character, not str")]
    [TestCase("ud.normalize('NFC', 1)", "TypeError normalize() argument 2 must be str, not int")]
    public void RaisesCPythonErrors(string call, string expected)
        => Assert.That(Run($"try:\n    {call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"), Is.EqualTo(expected + "\n"));
}
