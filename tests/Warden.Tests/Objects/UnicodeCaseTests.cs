using NUnit.Framework;
using Warden.Objects;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>
/// str case mappings and character types over all of Unicode as CPython 3.11 (Unicode 14.0)
/// has them. Expected values were produced by CPython 3.11 (/usr/bin/python3.11), e.g.
/// <c>sum(chr(c).isalpha() for c in range(0x110000))</c>.
/// </summary>
[TestFixture]
public class UnicodeCaseTests
{
    private static readonly Dictionary<string, int> FlagCounts = new() { ["Alpha"] = 131756, ["Decimal"] = 660, ["Digit"] = 788, ["Numeric"] = 1872, ["Space"] = 29, ["Lower"] = 2471, ["Upper"] = 1951 };
    // Code points (surrogates excluded) whose mapping differs from themselves, and those mapping to several.
    private static readonly Dictionary<string, int> ChangedCounts = new() { ["upper"] = 1525, ["lower"] = 1433, ["title"] = 1452, ["casefold"] = 1530 };
    private static readonly Dictionary<string, int> MultiCounts = new() { ["upper"] = 102, ["lower"] = 1, ["title"] = 48, ["casefold"] = 104 };

    [Test]
    public void FlagCountsMatchCPython()
    {
        var bits = new Dictionary<string, int>
        {
            ["Alpha"] = UnicodeProperties.AlphaBit, ["Decimal"] = UnicodeProperties.DecimalBit, ["Digit"] = UnicodeProperties.DigitBit,
            ["Numeric"] = UnicodeProperties.NumericBit, ["Space"] = UnicodeProperties.SpaceBit, ["Lower"] = UnicodeProperties.LowerBit,
            ["Upper"] = UnicodeProperties.UpperBit,
        };
        foreach (var (name, bit) in bits)
        {
            int count = 0;
            for (int cp = 0; cp <= 0x10FFFF; cp++)
                if (UnicodeProperties.Has(cp, bit)) count++;
            Assert.That(count, Is.EqualTo(FlagCounts[name]), name);
        }
    }

    [Test]
    public void MappingCountsMatchCPython()
    {
        var mappings = new Dictionary<string, UnicodeProperties.Mapping>
        {
            ["upper"] = UnicodeProperties.Mapping.Upper, ["lower"] = UnicodeProperties.Mapping.Lower,
            ["title"] = UnicodeProperties.Mapping.Title, ["casefold"] = UnicodeProperties.Mapping.Fold,
        };
        var sb = new System.Text.StringBuilder();
        foreach (var (name, mapping) in mappings)
        {
            int changed = 0, multi = 0;
            for (int cp = 0; cp <= 0x10FFFF; cp++)
            {
                if (cp is >= 0xD800 and <= 0xDFFF) continue;
                sb.Clear();
                UnicodeProperties.AppendMapping(sb, cp, mapping);
                string self = char.ConvertFromUtf32(cp);
                if (sb.ToString() != self) changed++;
                if (UnicodeProperties.CodePoints(sb.ToString()).Length > 1) multi++;
            }
            Assert.That(changed, Is.EqualTo(ChangedCounts[name]), name);
            Assert.That(multi, Is.EqualTo(MultiCounts[name]), name);
        }
    }

    [Test]
    public void TitlecaseLetterFlag()
    {
        // 'ǅ' (U+01C5) is the titlecase letter: istitle() but neither isupper() nor islower().
        Assert.That(UnicodeProperties.Has(0x1C5, UnicodeProperties.TitleBit), Is.True);
        Assert.That(UnicodeProperties.Has(0x1C5, UnicodeProperties.UpperBit | UnicodeProperties.LowerBit), Is.False);
        Assert.That(UnicodeProperties.Has(0x1C4, UnicodeProperties.TitleBit), Is.False);
    }

    [Test]
    public void SpecialCasing()
    {
        var result = PythonRunner.Run("samples = [\"ß straße\", \"ﬁ ﬂ ﬃ\", \"İstanbul\", \"ǅungla ǆ\", \"ΣΑΣ ΟΔΟΣ.\", \"ŉ\", \"ﬓ\", \"Ὀδυσσεύς\", \"ᾳ ᾼ\", \"𐐨𐐀\", \"a\\ud800b\"]\nfor s in samples:\n    print(ascii((s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())), len(s.upper()))\n");
        Assert.That(result.Stdout, Is.EqualTo("('SS STRASSE', '\\xdf stra\\xdfe', 'Ss Stra\\xdfe', 'Ss stra\\xdfe', 'SS STRASSE', 'ss strasse') 10\n('FI FL FFI', '\\ufb01 \\ufb02 \\ufb03', 'Fi Fl Ffi', 'Fi \\ufb02 \\ufb03', 'FI FL FFI', 'fi fl ffi') 9\n('\\u0130STANBUL', 'i\\u0307stanbul', '\\u0130stanbul', '\\u0130stanbul', 'i\\u0307STANBUL', 'i\\u0307stanbul') 8\n('\\u01c4UNGLA \\u01c4', '\\u01c6ungla \\u01c6', '\\u01c5ungla \\u01c5', '\\u01c5ungla \\u01c6', '\\u01c5UNGLA \\u01c4', '\\u01c6ungla \\u01c6') 8\n('\\u03a3\\u0391\\u03a3 \\u039f\\u0394\\u039f\\u03a3.', '\\u03c3\\u03b1\\u03c2 \\u03bf\\u03b4\\u03bf\\u03c2.', '\\u03a3\\u03b1\\u03c2 \\u039f\\u03b4\\u03bf\\u03c2.', '\\u03a3\\u03b1\\u03c2 \\u03bf\\u03b4\\u03bf\\u03c2.', '\\u03c3\\u03b1\\u03c2 \\u03bf\\u03b4\\u03bf\\u03c2.', '\\u03c3\\u03b1\\u03c3 \\u03bf\\u03b4\\u03bf\\u03c3.') 9\n('\\u02bcN', '\\u0149', '\\u02bcN', '\\u02bcN', '\\u02bcN', '\\u02bcn') 2\n('\\u0544\\u0546', '\\ufb13', '\\u0544\\u0576', '\\u0544\\u0576', '\\u0544\\u0546', '\\u0574\\u0576') 2\n('\\u1f48\\u0394\\u03a5\\u03a3\\u03a3\\u0395\\u038e\\u03a3', '\\u1f40\\u03b4\\u03c5\\u03c3\\u03c3\\u03b5\\u03cd\\u03c2', '\\u1f48\\u03b4\\u03c5\\u03c3\\u03c3\\u03b5\\u03cd\\u03c2', '\\u1f48\\u03b4\\u03c5\\u03c3\\u03c3\\u03b5\\u03cd\\u03c2', '\\u1f40\\u0394\\u03a5\\u03a3\\u03a3\\u0395\\u038e\\u03a3', '\\u1f40\\u03b4\\u03c5\\u03c3\\u03c3\\u03b5\\u03cd\\u03c3') 8\n('\\u0391\\u0399 \\u0391\\u0399', '\\u1fb3 \\u1fb3', '\\u1fbc \\u1fbc', '\\u1fbc \\u1fb3', '\\u0391\\u0399 \\u1fbc', '\\u03b1\\u03b9 \\u03b1\\u03b9') 5\n('\\U00010400\\U00010400', '\\U00010428\\U00010428', '\\U00010400\\U00010428', '\\U00010400\\U00010428', '\\U00010400\\U00010428', '\\U00010428\\U00010428') 2\n('A\\ud800B', 'a\\ud800b', 'A\\ud800B', 'A\\ud800b', 'A\\ud800B', 'a\\ud800b') 3\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CharacterPredicates()
    {
        var result = PythonRunner.Run("tests = [\"Ⅻ\", \"½\", \"٣\", \"²\", \"\\u00a0\", \"\\u2028\", \"x_y\", \"ǅ\", \"ǅa\", \"Aǅ\", \"ʰ\", \"𝟘\", \"〇\", \"\\U0001F600\", \"a\\u0301\", \"ﬁ\"]\nfor t in tests:\n    print(ascii(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isidentifier())\n");
        Assert.That(result.Stdout, Is.EqualTo("'\\u216b' False False False True True False False True True True\n'\\xbd' False False False True True False False False False False\n'\\u0663' False True True True True False False False False False\n'\\xb2' False True False True True False False False False False\n'\\xa0' False False False False False True False False False False\n'\\u2028' False False False False False True False False False False\n'x_y' False False False False False False True False False True\n'\\u01c5' True False False False True False False False True True\n'\\u01c5a' True False False False True False False False True True\n'A\\u01c5' True False False False True False False False False True\n'\\u02b0' True False False False True False True False False True\n'\\U0001d7d8' False True True True True False False False False False\n'\\u3007' False False False True True False False False False True\n'\\U0001f600' False False False False False False False False False False\n'a\\u0301' False False False False False False True False False True\n'\\ufb01' True False False False True False True False False True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
