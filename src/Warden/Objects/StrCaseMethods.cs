using System.Text;
using Warden.Runtime;
using static Warden.Objects.UnicodeProperties;

namespace Warden.Objects;

/// <summary>
/// The case-changing methods and character-type predicates of <c>str</c>, with CPython's
/// full Unicode semantics (SpecialCasing, the final-sigma rule, titlecase letters), over code
/// points rather than UTF-16 units. ASCII-only strings take a shortcut with the same result.
/// </summary>
internal static class StrCaseMethods
{
    private const int CapitalSigma = 0x3A3;

    internal static void Install(PyType t)
    {
        t.AddMethod("upper", (args, kw) => CaseMethod(args, kw, "upper", static s => IsAscii(s) ? AsciiUpper(s) : MapEach(s, Mapping.Upper)));
        t.AddMethod("lower", (args, kw) => CaseMethod(args, kw, "lower", static s => IsAscii(s) ? AsciiLower(s) : ToLower(s)));
        t.AddMethod("casefold", (args, kw) => CaseMethod(args, kw, "casefold", static s => IsAscii(s) ? AsciiLower(s) : MapEach(s, Mapping.Fold)));
        t.AddMethod("swapcase", (args, kw) => CaseMethod(args, kw, "swapcase", SwapCase));
        t.AddMethod("capitalize", (args, kw) => CaseMethod(args, kw, "capitalize", Capitalize));
        t.AddMethod("title", (args, kw) => CaseMethod(args, kw, "title", ToTitle));

        AddPredicate(t, "isalpha", static s => s.Length > 0 && All(s, AlphaBit));
        AddPredicate(t, "isdecimal", static s => s.Length > 0 && All(s, DecimalBit));
        AddPredicate(t, "isdigit", static s => s.Length > 0 && All(s, DigitBit));
        AddPredicate(t, "isnumeric", static s => s.Length > 0 && All(s, NumericBit));
        AddPredicate(t, "isalnum", static s => s.Length > 0 && All(s, AlphaBit | DecimalBit | DigitBit | NumericBit));
        AddPredicate(t, "isspace", static s => s.Length > 0 && All(s, SpaceBit));
        AddPredicate(t, "islower", static s => IsCasedOnly(s, LowerBit, UpperBit | TitleBit));
        AddPredicate(t, "isupper", static s => IsCasedOnly(s, UpperBit, LowerBit | TitleBit));
        AddPredicate(t, "istitle", IsTitle);
    }

    private static PyObject CaseMethod(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Func<string, string> convert)
    {
        Args.Check(args, kw, name, 0, 0, 1);
        return PyStr.From(convert(Args.Self<PyStr>(args).Value));
    }

    private static void AddPredicate(PyType t, string name, Func<string, bool> test)
    {
        t.AddMethod(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 0, 0, 1);
            return PyInt.FromBool(test(Args.Self<PyStr>(args).Value));
        });
    }

    private static bool IsAscii(string s) => !s.AsSpan().ContainsAnyExceptInRange('\0', '\x7f');

    // Vectorized ASCII case mapping (string.ToLowerInvariant walks char by char in invariant mode).
    private static string AsciiLower(string s) => string.Create(s.Length, s, static (span, source) => System.Text.Ascii.ToLower(source, span, out _));

    private static string AsciiUpper(string s) => string.Create(s.Length, s, static (span, source) => System.Text.Ascii.ToUpper(source, span, out _));

    /// <summary>True when every code point has at least one of <paramref name="flags"/>.</summary>
    private static bool All(string s, int flags)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = NextCodePoint(s, ref i);
            if ((FlagsOf(cp) & flags) == 0) return false;
        }
        return true;
    }

    /// <summary>islower/isupper: no code point of the opposite kinds, and at least one of <paramref name="wanted"/>.</summary>
    private static bool IsCasedOnly(string s, int wanted, int forbidden)
    {
        bool cased = false;
        for (int i = 0; i < s.Length; i++)
        {
            int flags = FlagsOf(NextCodePoint(s, ref i));
            if ((flags & forbidden) != 0) return false;
            if ((flags & wanted) != 0) cased = true;
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            int flags = FlagsOf(NextCodePoint(s, ref i));
            if ((flags & (UpperBit | TitleBit)) != 0)
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if ((flags & LowerBit) != 0)
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    /// <summary>The code point at <paramref name="i"/>, advancing <paramref name="i"/> past a surrogate pair's first half.</summary>
    private static int NextCodePoint(string s, ref int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            return char.ConvertToUtf32(c, s[++i]);
        return c;
    }

    private static string MapEach(string s, Mapping mapping)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++) AppendMapping(sb, NextCodePoint(s, ref i), mapping);
        return sb.ToString();
    }

    private static string ToLower(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) AppendLower(sb, cps, i);
        return sb.ToString();
    }

    /// <summary>Lowercases one code point; a capital sigma becomes final 'ς' at the end of a word.</summary>
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        if (cps[i] == CapitalSigma) sb.Append(IsFinalSigma(cps, i) ? 'ς' : 'σ');
        else AppendMapping(sb, cps[i], Mapping.Lower);
    }

    /// <summary>
    /// Unicode's Final_Sigma condition: preceded by a cased letter and not followed by one,
    /// ignoring case-ignorable code points in between.
    /// </summary>
    private static bool IsFinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && Has(cps[j], CaseIgnorableBit)) j--;
        if (j < 0 || !Has(cps[j], CasedBit)) return false;
        j = i + 1;
        while (j < cps.Length && Has(cps[j], CaseIgnorableBit)) j++;
        return j == cps.Length || !Has(cps[j], CasedBit);
    }

    private static string SwapCase(string s)
    {
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int flags = FlagsOf(cps[i]);
            if ((flags & UpperBit) != 0) AppendLower(sb, cps, i);
            else if ((flags & LowerBit) != 0) AppendMapping(sb, cps[i], Mapping.Upper);
            else AppendCodePoint(sb, cps[i]);
        }
        return sb.ToString();
    }

    /// <summary>The first code point in titlecase (so 'ǆ' gives 'ǅ'), the rest lowercased.</summary>
    private static string Capitalize(string s)
    {
        if (s.Length == 0) return s;
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        AppendMapping(sb, cps[0], Mapping.Title);
        for (int i = 1; i < cps.Length; i++) AppendLower(sb, cps, i);
        return sb.ToString();
    }

    /// <summary>Titlecase after each uncased code point, lowercase after a cased one.</summary>
    private static string ToTitle(string s)
    {
        if (IsAscii(s))
        {
            // ASCII: cased means a letter; a letter after a letter is lowered, any other raised.
            return string.Create(s.Length, s, static (span, source) =>
            {
                bool previousCased = false;
                for (int i = 0; i < source.Length; i++)
                {
                    char c = source[i];
                    bool cased = char.IsAsciiLetter(c);
                    span[i] = !cased ? c : previousCased ? (char)(c | 0x20) : (char)(c & ~0x20);
                    previousCased = cased;
                }
            });
        }
        var cps = CodePoints(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            if (previousCased) AppendLower(sb, cps, i);
            else AppendMapping(sb, cps[i], Mapping.Title);
            previousCased = Has(cps[i], CasedBit);
        }
        return sb.ToString();
    }
}
