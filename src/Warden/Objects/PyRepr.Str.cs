using System.Buffers;
using System.Text;

namespace Warden.Objects;

public static partial class PyRepr
{
    // Characters that appear unchanged inside a repr, for each choice of quote: printable
    // ASCII minus the backslash and the enclosing quote.
    private static readonly SearchValues<char> PlainInSingleQuotes = SearchValues.Create(PrintableAsciiExcept('\''));
    private static readonly SearchValues<char> PlainInDoubleQuotes = SearchValues.Create(PrintableAsciiExcept('"'));

    private const string LowerHexDigits = "0123456789abcdef";

    private static string PrintableAsciiExcept(char quote)
    {
        var chars = new StringBuilder();
        for (char c = ' '; c <= '~'; c++)
        {
            if (c != quote && c != '\\') chars.Append(c);
        }
        return chars.ToString();
    }

    /// <summary>Appends <c>repr(s)</c> for a str (astral characters as UTF-16 pairs).</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        // Identifiers and most literals are plain ASCII: one vectorised scan, one copy.
        if (!s.AsSpan().ContainsAnyExcept(PlainInSingleQuotes))
        {
            sb.Append('\'').Append(s).Append('\'');
            return;
        }
        AppendStrSlow(sb, s.AsSpan());
    }

    /// <summary>Appends <c>repr</c> of a str given as code points (surrogate code points allowed).</summary>
    public static void AppendStr(StringBuilder sb, ReadOnlySpan<int> codePoints)
    {
        char quote = ChooseQuote(codePoints.Contains('\''), codePoints.Contains('"'));
        sb.Append(quote);
        foreach (int cp in codePoints) AppendCodePoint(sb, cp, quote);
        sb.Append(quote);
    }

    /// <summary>Returns <c>repr(s)</c> for a str.</summary>
    public static string StrRepr(string s)
    {
        if (!s.AsSpan().ContainsAnyExcept(PlainInSingleQuotes)) return string.Concat("'", s, "'");
        var sb = new StringBuilder(s.Length + 8);
        AppendStrSlow(sb, s.AsSpan());
        return sb.ToString();
    }

    /// <summary>Returns <c>repr</c> of a str held as a <see cref="CodePointString"/>.</summary>
    public static string StrRepr(CodePointString s)
    {
        var sb = new StringBuilder(s.Length + 8);
        AppendStr(sb, s.CodePoints);
        return sb.ToString();
    }

    /// <summary>Python prefers single quotes and switches only to avoid escaping a single quote.</summary>
    private static char ChooseQuote(bool containsSingle, bool containsDouble) =>
        containsSingle && !containsDouble ? '"' : '\'';

    private static void AppendStrSlow(StringBuilder sb, ReadOnlySpan<char> s)
    {
        char quote = ChooseQuote(s.Contains('\''), s.Contains('"'));
        SearchValues<char> plain = quote == '\'' ? PlainInSingleQuotes : PlainInDoubleQuotes;
        sb.Append(quote);
        int i = 0;
        while (i < s.Length)
        {
            int run = s[i..].IndexOfAnyExcept(plain);
            if (run < 0)
            {
                sb.Append(s[i..]);
                break;
            }
            sb.Append(s.Slice(i, run));
            i += run;
            int cp = s[i];
            // A well-formed pair is one astral code point; a lone surrogate stays one code point.
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            i++;
            AppendCodePoint(sb, cp, quote);
        }
        sb.Append(quote);
    }

    private static void AppendCodePoint(StringBuilder sb, int cp, char quote)
    {
        switch (cp)
        {
            case '\\': sb.Append("\\\\"); return;
            case '\t': sb.Append("\\t"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
        }
        if (cp == quote)
        {
            sb.Append('\\').Append(quote);
            return;
        }
        if (UnicodeTables.IsPrintable(cp))
        {
            if (cp <= 0xFFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                int offset = cp - 0x10000;
                sb.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
            }
            return;
        }
        if (cp <= 0xFF) AppendHexEscape(sb, 'x', cp, 2);
        else if (cp <= 0xFFFF) AppendHexEscape(sb, 'u', cp, 4);
        else AppendHexEscape(sb, 'U', cp, 8);
    }

    private static void AppendHexEscape(StringBuilder sb, char kind, int value, int digits)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            sb.Append(LowerHexDigits[(value >> shift) & 0xF]);
        }
    }
}
