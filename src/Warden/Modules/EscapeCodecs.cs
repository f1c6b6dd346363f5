using System.Text;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// The backslash-escape codecs: <c>escape_encode/decode</c> (bytes to bytes),
/// <c>unicode_escape</c> and <c>raw_unicode_escape</c> (str to Latin-1 bytes and back).
/// </summary>
internal static class EscapeCodecs
{
    /// <summary>bytes → escaped bytes as in a bytes repr without quotes ("'" is escaped too, as CPython does).</summary>
    public static byte[] EscapeBytes(byte[] data)
    {
        var sb = new StringBuilder(data.Length);
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\'': sb.Append("\\'"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b is < 0x20 or >= 0x7F) sb.Append($"\\x{b:x2}");
                    else sb.Append((char)b);
                    break;
            }
        }
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Single-character escapes shared by both unescapers; -1 when <paramref name="c"/> is not one.</summary>
    private static int SimpleEscape(byte c) => c switch
    {
        (byte)'\\' => '\\', (byte)'\'' => '\'', (byte)'"' => '"', (byte)'a' => 7, (byte)'b' => 8, (byte)'f' => 12,
        (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'v' => 11,
        _ => -1,
    };

    /// <summary>Decodes backslash escapes in bytes (<c>codecs.escape_decode</c>).</summary>
    public static byte[] UnescapeBytes(byte[] data)
    {
        var output = new List<byte>(data.Length);
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c != '\\') { output.Add(c); continue; }
            if (++i >= data.Length) throw PyExc.ValueError("Trailing \\ in string");
            c = data[i];
            if (c == '\n') continue;
            int simple = SimpleEscape(c);
            if (simple >= 0) { output.Add((byte)simple); continue; }
            if (c is >= (byte)'0' and <= (byte)'7')
            {
                int value = c - '0';
                for (int k = 0; k < 2 && i + 1 < data.Length && data[i + 1] is >= (byte)'0' and <= (byte)'7'; k++) value = value * 8 + (data[++i] - '0');
                output.Add((byte)value);
                continue;
            }
            if (c == 'x')
            {
                int hi = i + 1 < data.Length ? HexValue(data[i + 1]) : -1, lo = i + 2 < data.Length ? HexValue(data[i + 2]) : -1;
                if (hi < 0 || lo < 0) throw PyExc.ValueError($"invalid \\x escape at position {i - 1}");
                output.Add((byte)(hi * 16 + lo));
                i += 2;
                continue;
            }
            output.Add((byte)'\\');
            output.Add(c);
        }
        return output.ToArray();
    }

    /// <summary>str → unicode_escape (or raw_unicode_escape) bytes.</summary>
    public static byte[] EscapeText(string text, bool raw)
    {
        var output = new List<byte>(text.Length);
        void Ascii(string s) { foreach (char ch in s) output.Add((byte)ch); }
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) cp = char.ConvertToUtf32(text[i], text[++i]);
            if (raw)
            {
                if (cp < 0x100) output.Add((byte)cp);
                else Ascii(cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
                continue;
            }
            switch (cp)
            {
                case '\\': Ascii("\\\\"); break;
                case '\t': Ascii("\\t"); break;
                case '\n': Ascii("\\n"); break;
                case '\r': Ascii("\\r"); break;
                default:
                    if (cp is >= 0x20 and < 0x7F) output.Add((byte)cp);
                    else Ascii(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
                    break;
            }
        }
        return output.ToArray();
    }

    /// <summary>unicode_escape (or raw_unicode_escape) bytes → str; the bytes are Latin-1 apart from escapes.</summary>
    public static string UnescapeText(byte[] data, bool raw, string errors)
    {
        string codec = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(data.Length);
        void Append(int cp) => sb.Append(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
        bool Fail(int start, int end, string reason)
        {
            switch (errors)
            {
                case "ignore": return true;
                case "replace": sb.Append('\uFFFD'); return true;
                default:
                    var e = new PyBaseException(TypeObjects.ExceptionByName("UnicodeDecodeError"), PyStr.From(codec), new PyBytes(data),
                        PyInt.FromLong(start), PyInt.FromLong(end), PyStr.From(reason));
                    Codecs.SetUnicodeErrorAttributes(e);
                    throw new PythonException(e);
            }
        }
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c != '\\') { sb.Append((char)c); continue; }
            int start = i;
            if (raw)
            {
                // Only \u and \U are escapes, and only after an odd number of backslashes.
                if (i + 1 < data.Length && data[i + 1] is (byte)'u' or (byte)'U')
                {
                    int digits = data[i + 1] == 'u' ? 4 : 8;
                    if (!ReadHex(data, i + 2, digits, out int value))
                    {
                        Fail(start, Math.Min(data.Length, i + 2 + digits), digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                        i = Math.Min(data.Length, i + 2 + digits) - 1;
                        continue;
                    }
                    if (value > 0x10FFFF) { Fail(start, i + 2 + digits, "\\Uxxxxxxxx out of range"); i += 1 + digits; continue; }
                    Append(value);
                    i += 1 + digits;
                    continue;
                }
                sb.Append('\\');
                continue;
            }
            if (++i >= data.Length) { Fail(start, data.Length, "\\ at end of string"); break; }
            c = data[i];
            if (c == '\n') continue;
            int simple = SimpleEscape(c);
            if (simple >= 0) { sb.Append((char)simple); continue; }
            if (c is >= (byte)'0' and <= (byte)'7')
            {
                int value = c - '0';
                for (int k = 0; k < 2 && i + 1 < data.Length && data[i + 1] is >= (byte)'0' and <= (byte)'7'; k++) value = value * 8 + (data[++i] - '0');
                Append(value);
                continue;
            }
            if (c is (byte)'x' or (byte)'u' or (byte)'U')
            {
                int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                string name = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                if (!ReadHex(data, i + 1, digits, out int value))
                {
                    int end = i + 1;
                    while (end < data.Length && end < i + 1 + digits && HexValue(data[end]) >= 0) end++;
                    Fail(start, end, $"truncated {name} escape");
                    i = end - 1;
                    continue;
                }
                if (value > 0x10FFFF) { Fail(start, i + 1 + digits, "illegal Unicode character"); i += digits; continue; }
                Append(value);
                i += digits;
                continue;
            }
            if (c == 'N')
            {
                int close = i + 1 < data.Length && data[i + 1] == '{' ? Array.IndexOf(data, (byte)'}', i + 2) : -1;
                if (close > i + 2 && UnicodeNames.TryLookup(Encoding.Latin1.GetString(data, i + 2, close - i - 2), out int cp))
                {
                    Append(cp);
                    i = close;
                    continue;
                }
                Fail(start, close > 0 ? close + 1 : data.Length, "malformed \\N character escape");
                i = close > 0 ? close : data.Length;
                continue;
            }
            sb.Append('\\').Append((char)c);
        }
        return sb.ToString();
    }

    private static bool ReadHex(byte[] data, int at, int digits, out int value)
    {
        value = 0;
        if (at + digits > data.Length) return false;
        long v = 0;
        for (int k = 0; k < digits; k++)
        {
            int h = HexValue(data[at + k]);
            if (h < 0) return false;
            v = v * 16 + h;
        }
        value = v > int.MaxValue ? int.MaxValue : (int)v;
        return true;
    }
}
