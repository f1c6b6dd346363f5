using System.Globalization;

namespace Warden.Modules.Sre;

/// <summary>str.isidentifier() for group names (XID_Start/XID_Continue approximated by .NET categories).</summary>
internal static class SreIdentifiers
{
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0) return false;
        bool first = true;
        for (int i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
        {
            int c = char.IsSurrogatePair(name, i) ? char.ConvertToUtf32(name, i) : name[i];
            if (first ? !IsStart(c) : !IsContinue(c)) return false;
            first = false;
        }
        return true;
    }

    private static bool IsStart(int c)
    {
        if (c < 128) return c == '_' || (uint)((c | 32) - 'a') <= 25;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    private static bool IsContinue(int c)
    {
        if (c < 128) return c == '_' || (uint)((c | 32) - 'a') <= 25 || (uint)(c - '0') <= 9;
        if (IsStart(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}
