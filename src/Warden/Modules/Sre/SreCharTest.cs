using System;

namespace Warden.Modules.Sre;

/// <summary>How a pattern compares letters: exactly, ASCII-only case-insensitively, or with Unicode case groups.</summary>
internal enum CaseMode
{
    Exact,
    AsciiIgnore,
    UnicodeIgnore,
}

/// <summary>The character categories behind \d \s \w (and their negations).</summary>
internal enum CategoryKind
{
    Digit,
    Space,
    Word,
}

/// <summary>A test that one subject character passes or fails: the unit the matcher consumes.</summary>
internal abstract class SreCharTest
{
    public abstract bool Matches(int c);
}

/// <summary>One exact character.</summary>
internal sealed class SreLiteralTest : SreCharTest
{
    public SreLiteralTest(int codePoint) { CodePoint = codePoint; }
    public int CodePoint { get; }
    public override bool Matches(int c) => c == CodePoint;
}

/// <summary>A character under IGNORECASE: any member of its case group.</summary>
internal sealed class SreCaseGroupTest : SreCharTest
{
    private readonly int[] members;
    public SreCaseGroupTest(int[] members) { this.members = members; }
    public override bool Matches(int c)
    {
        foreach (int m in members) if (m == c) return true;
        return false;
    }
}

/// <summary>The '.' wildcard.</summary>
internal sealed class SreAnyTest : SreCharTest
{
    public SreAnyTest(bool dotAll) { DotAll = dotAll; }
    public bool DotAll { get; }
    public override bool Matches(int c) => DotAll || c != '\n';
}

/// <summary>\d \D \s \S \w \W outside a set.</summary>
internal sealed class SreCategoryTest : SreCharTest
{
    public SreCategoryTest(CategoryKind kind, bool negated, bool ascii) { Kind = kind; Negated = negated; Ascii = ascii; }
    public CategoryKind Kind { get; }
    public bool Negated { get; }
    public bool Ascii { get; }
    public override bool Matches(int c) => SreCharacters.InCategory(c, Kind, Ascii) != Negated;
}

/// <summary>A character set [...]: ranges and categories, maybe negated, maybe case-insensitive.</summary>
internal sealed class SreSetTest : SreCharTest
{
    private readonly int[] ranges;          // sorted inclusive pairs
    private readonly SreCategoryTest[] categories;
    private readonly bool negated;
    private readonly CaseMode caseMode;
    private readonly bool[]? asciiMap;      // fast answer for c < 128 (already folded and negated)

    public SreSetTest(int[] ranges, SreCategoryTest[] categories, bool negated, CaseMode caseMode)
    {
        this.ranges = ranges;
        this.categories = categories;
        this.negated = negated;
        this.caseMode = caseMode;
        var map = new bool[128];
        for (int c = 0; c < 128; c++) map[c] = Slow(c);
        asciiMap = map;
    }

    public override bool Matches(int c) => c < 128 && c >= 0 ? asciiMap![c] : Slow(c);

    private bool Slow(int c)
    {
        bool hit = Contains(c);
        if (!hit && caseMode != CaseMode.Exact)
        {
            foreach (int other in SreCaseFolding.Equivalents(c, caseMode))
            {
                if (other != c && Contains(other)) { hit = true; break; }
            }
        }
        return hit != negated;
    }

    private bool Contains(int c)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c < ranges[2 * mid]) hi = mid - 1;
            else if (c > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        foreach (var category in categories) if (category.Matches(c)) return true;
        return false;
    }
}

/// <summary>Character classification as CPython's re defines it.</summary>
internal static class SreCharacters
{
    public static bool InCategory(int c, CategoryKind kind, bool ascii) => kind switch
    {
        CategoryKind.Digit => ascii || c < 128 ? (uint)(c - '0') <= 9 : InRanges(c, SreUnicodeTables.DigitRanges),
        CategoryKind.Space => ascii || c < 128 ? c == ' ' || (uint)(c - '\t') <= 4 : InRanges(c, SreUnicodeTables.SpaceRanges),
        _ => IsWord(c, ascii),
    };

    public static bool IsWord(int c, bool ascii)
    {
        if (c < 128 || ascii)
            return (uint)(c - 'a') <= 25 || (uint)(c - 'A') <= 25 || (uint)(c - '0') <= 9 || c == '_';
        return InRanges(c, SreUnicodeTables.WordRanges);
    }

    private static bool InRanges(int c, int[] ranges)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (c < ranges[2 * mid]) hi = mid - 1;
            else if (c > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}

/// <summary>Which characters IGNORECASE treats as equal (table generated from CPython's behaviour).</summary>
internal static class SreCaseFolding
{
    private static readonly System.Collections.Generic.Dictionary<int, int[]> Groups = Build();

    private static System.Collections.Generic.Dictionary<int, int[]> Build()
    {
        var result = new System.Collections.Generic.Dictionary<int, int[]>();
        var table = SreUnicodeTables.CaseGroups;
        int start = 0;
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i] != -1) continue;
            int[] group = table.AsSpan(start, i - start).ToArray();
            foreach (int m in group) result[m] = group;
            start = i + 1;
        }
        return result;
    }

    /// <summary>The characters equal to <paramref name="c"/> under <paramref name="mode"/>, including c itself.</summary>
    public static int[] Equivalents(int c, CaseMode mode)
    {
        switch (mode)
        {
            case CaseMode.AsciiIgnore:
                if ((uint)(c - 'a') <= 25) return new[] { c, c - 32 };
                if ((uint)(c - 'A') <= 25) return new[] { c, c + 32 };
                return new[] { c };
            case CaseMode.UnicodeIgnore:
                return Groups.TryGetValue(c, out var group) ? group : new[] { c };
            default:
                return new[] { c };
        }
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are equal under <paramref name="mode"/>.</summary>
    public static bool Equal(int a, int b, CaseMode mode)
    {
        if (a == b) return true;
        switch (mode)
        {
            case CaseMode.AsciiIgnore:
                return (uint)((a | 32) - 'a') <= 25 && (a | 32) == (b | 32);
            case CaseMode.UnicodeIgnore:
                return Groups.TryGetValue(a, out var group) && Array.IndexOf(group, b) >= 0;
            default:
                return false;
        }
    }
}
