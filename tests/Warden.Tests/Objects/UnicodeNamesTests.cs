using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using Warden.Objects;

namespace Warden.Tests.Objects;

/// <summary>
/// The \N{...} name database against CPython 3.11's unicodedata (Unicode 14). Expected values
/// come from /usr/bin/python3.11.
/// </summary>
public class UnicodeNamesTests
{
    [TestCase("SPACE", 0x20)]
    [TestCase("EN DASH", 0x2013)]
    [TestCase("GRINNING FACE", 0x1F600)]
    [TestCase("latin small letter sharp s", 0xDF)]
    [TestCase("BYTE ORDER MARK", 0xFEFF)]
    [TestCase("VS256", 0xE01EF)]
    [TestCase("nul", 0x0)]
    [TestCase("LATIN CAPITAL LETTER GHA", 0x1A2)]
    [TestCase("HANGUL SYLLABLE GGAG", 0xAE4D)]
    [TestCase("HANGUL SYLLABLE A", 0xC544)]
    [TestCase("HANGUL SYLLABLE HIH", 0xD7A3)]
    [TestCase("HANGUL SYLLABLE GGAGG", 0xAE4E)]
    [TestCase("CJK UNIFIED IDEOGRAPH-3134A", 0x3134A)]
    [TestCase("CJK UNIFIED IDEOGRAPH-04E00", 0x4E00)]
    public void LookupFindsNamesAndAliases(string name, int expected)
    {
        Assert.That(UnicodeNames.TryLookup(name, out int codePoint), Is.True);
        Assert.That(codePoint, Is.EqualTo(expected));
    }

    [TestCase("CJK UNIFIED IDEOGRAPH-3134B")]
    [TestCase("CJK UNIFIED IDEOGRAPH-4e00")]
    [TestCase("hangul syllable ga")]
    [TestCase("TANGUT IDEOGRAPH-17000")]
    [TestCase("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE")]
    [TestCase("")]
    public void LookupRejectsWhatEscapesReject(string name)
    {
        Assert.That(UnicodeNames.TryLookup(name, out _), Is.False);
    }

    [TestCase(0xD7A3, "HANGUL SYLLABLE HIH")]
    [TestCase(0x20000, "CJK UNIFIED IDEOGRAPH-20000")]
    [TestCase(0x1F600, "GRINNING FACE")]
    [TestCase(0x41, "LATIN CAPITAL LETTER A")]
    public void NameOfCodePoint(int codePoint, string expected)
    {
        Assert.That(UnicodeNames.TryGetName(codePoint, out string name), Is.True);
        Assert.That(name, Is.EqualTo(expected));
    }

    [Test]
    public void EveryNameMatchesCPython()
    {
        // CPython: sha256 over "%X;%s\n" % (cp, unicodedata.name(chr(cp))) for every named
        // code point, in order; 138552 names.
        using var sha = SHA256.Create();
        var all = new StringBuilder();
        int count = 0;
        for (int cp = 0; cp < 0x110000; cp++)
        {
            if (!UnicodeNames.TryGetName(cp, out string name)) continue;
            all.Append(cp.ToString("X")).Append(';').Append(name).Append('\n');
            count++;
            Assert.That(UnicodeNames.TryLookup(name, out int back) && back == cp, Is.True, name);
        }
        string hash = Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(all.ToString()))).ToLowerInvariant();
        Assert.That(count, Is.EqualTo(138552));
        Assert.That(hash, Is.EqualTo("bd1977fa041e6649c1efeba0e7e9d30b83b31c59f07bca3c8581e22c26f8a833"));
    }
}
