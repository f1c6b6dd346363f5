using System.Globalization;
using System.Text;

namespace Warden.Objects;

/// <summary>
/// What int(), float() and complex() do to str arguments before parsing: every Unicode decimal
/// digit (Arabic-Indic, fullwidth, mathematical digits, ...) becomes its ASCII digit and every
/// whitespace character becomes a space, so the ASCII grammar applies.
/// </summary>
internal static class NumericText
{
    public static string ToAscii(string text)
    {
        bool plain = true;
        foreach (char c in text)
            if (c >= 0x80) { plain = false; break; }
        if (plain) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            int digit = CharUnicodeInfo.GetDecimalDigitValue(text, i);
            if (digit >= 0) sb.Append((char)('0' + digit));
            else if (width == 1 && StrMethods.IsPythonSpace(text[i])) sb.Append(' ');
            else sb.Append(text, i, width);
            i += width - 1;
        }
        return sb.ToString();
    }
}
