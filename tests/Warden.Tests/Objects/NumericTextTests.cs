using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Objects;

/// <summary>int()/float()/complex() of Unicode decimal digits and whitespace; str.isdigit/isdecimal/isnumeric by code point. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class NumericTextTests
{
    [Test]
    public void UnicodeDigitsAndNumericPredicates()
    {
        var result = PythonRunner.Run("""
            for ch in ["0", "٣", "²", "½", "Ⅷ", "a", "〇", "𝟗", "①"]:
                row = [ch, ch.isdigit(), ch.isdecimal(), ch.isnumeric()]
                for convert in (int, float):
                    try:
                        row.append(convert(ch))
                    except ValueError:
                        row.append("fails")
                print(row)
            print(int("\u00a0١٢\u2003"), float("٣.٥"), complex("٣+٤j"), int("１２", 16), "".isdigit(), "12".isdecimal())
            """);
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.Stdout, Is.EqualTo("['0', True, True, True, 0, 0.0]\n['٣', True, True, True, 3, 3.0]\n['²', True, False, True, 'fails', 'fails']\n['½', False, False, True, 'fails', 'fails']\n['Ⅷ', False, False, True, 'fails', 'fails']\n['a', False, False, False, 'fails', 'fails']\n['〇', False, False, True, 'fails', 'fails']\n['𝟗', True, True, True, 9, 9.0]\n['①', True, False, True, 'fails', 'fails']\n12 3.5 (3+4j) 18 False True\n"));
    }
}
