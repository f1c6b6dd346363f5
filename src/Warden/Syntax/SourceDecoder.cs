using System.Text;

namespace Warden.Syntax;

/// <summary>
/// Turns raw source bytes into the UTF-8 text the tokenizer reads, as CPython 3.11 does for
/// bytes given to compile()/ast.parse(): NUL check, newlines (\r\n and \r become \n, and a final
/// \n is added), UTF-8 BOM, PEP 263 coding cookie on line 1 or 2, and re-encoding from the
/// declared codec. Without a declaration (or with one CPython spells "utf-8") the bytes are not
/// validated here: like CPython, invalid UTF-8 is reported later where it matters (identifiers,
/// string literals). Decoding errors have line 0 and offset -1, as CPython's.
/// </summary>
public static partial class SourceDecoder
{
    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="raw"/>; errors are <see cref="PythonSyntaxError"/> or a ValueError <see cref="PythonFrontEndError"/>.</summary>
    public static byte[] Decode(byte[] raw) => Decode(raw, out _);

    /// <summary>
    /// Decodes <paramref name="raw"/> and reports the declared encoding (CPython's normalized
    /// name, "utf-8" for a BOM), or null when the source declared none. Pass
    /// <c>declaredEncoding != null</c> to <see cref="TokenizerOptions.DeclaredEncoding"/>.
    /// </summary>
    public static byte[] Decode(byte[] raw, out string? declaredEncoding)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.AsSpan().IndexOf((byte)0) >= 0)
            throw new PythonFrontEndError("ValueError", "source code string cannot contain null bytes");
        // CPython translates newlines (and appends a final one) before it looks for the BOM and cookie.
        byte[] translated = TranslateNewlines(raw);
        ReadOnlySpan<byte> text = translated;
        bool bom = text.Length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF;
        if (bom) text = text[3..];
        string? cookie = FindCookie(text);
        string? name = cookie is null ? null : NormalName(cookie);
        declaredEncoding = bom ? "utf-8" : name;
        if (bom && name is not null && name != "utf-8")
            throw Error($"encoding problem: {name} with BOM");
        if (name is null || name == "utf-8") return bom ? text.ToArray() : translated;
        return Transcode(text, name, cookie!);
    }

    /// <summary>
    /// The UTF-8 bytes of a str source, with newlines translated (cookies are ignored for str, as in
    /// CPython). A lone surrogate cannot be encoded: CPython raises UnicodeEncodeError, and so do we.
    /// </summary>
    public static byte[] FromString(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int codePointIndex = 0;
        for (int i = 0; i < source.Length; i++, codePointIndex++)
        {
            char c = source[i];
            if (c == '\0') throw new PythonFrontEndError("ValueError", "source code string cannot contain null bytes");
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c))
            {
                // Python reports the whole run of consecutive surrogates.
                int runEnd = i + 1;
                while (runEnd < source.Length && char.IsSurrogate(source[runEnd])
                       && !(char.IsHighSurrogate(source[runEnd]) && runEnd + 1 < source.Length && char.IsLowSurrogate(source[runEnd + 1])))
                    runEnd++;
                string message = runEnd - i == 1
                    ? $"'utf-8' codec can't encode character '\\u{(int)c:x4}' in position {codePointIndex}: surrogates not allowed"
                    : $"'utf-8' codec can't encode characters in position {codePointIndex}-{codePointIndex + runEnd - i - 1}: surrogates not allowed";
                throw new PythonFrontEndError("UnicodeEncodeError", message);
            }
        }
        return TranslateNewlines(Encoding.UTF8.GetBytes(source));
    }

    private static PythonSyntaxError Error(string msg) => new("SyntaxError", msg) { Lineno = 0, Offset = -1 };

    /// <summary>PEP 263: "^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)" on line 1, or on line 2 when line 1 is blank or a comment.</summary>
    private static string? FindCookie(ReadOnlySpan<byte> text)
    {
        int nl = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> first = nl < 0 ? text : text[..nl];
        string? found = CookieInLine(first, out bool commentOrBlank);
        if (found is not null || !commentOrBlank || nl < 0) return found;
        ReadOnlySpan<byte> rest = text[(nl + 1)..];
        int nl2 = rest.IndexOf((byte)'\n');
        return CookieInLine(nl2 < 0 ? rest : rest[..nl2], out _);
    }

    private static string? CookieInLine(ReadOnlySpan<byte> line, out bool commentOrBlank)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
        commentOrBlank = i == line.Length || line[i] == '#';
        if (i == line.Length || line[i] != '#') return null;
        for (int j = i + 1; j + 6 < line.Length; j++)
        {
            if (!line[j..].StartsWith("coding"u8)) continue;
            byte separator = line[j + 6];
            if (separator != ':' && separator != '=') continue;
            int k = j + 7;
            while (k < line.Length && (line[k] == ' ' || line[k] == '\t')) k++;
            int nameStart = k;
            while (k < line.Length && (IsWordByte(line[k]) || line[k] == '-' || line[k] == '.')) k++;
            if (k > nameStart) return Encoding.ASCII.GetString(line[nameStart..k]);
        }
        return null;
    }

    private static bool IsWordByte(byte c) => (uint)((c | 0x20) - 'a') <= 25 || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings collapse to "utf-8" and "iso-8859-1"; others stay as written.</summary>
    internal static string NormalName(string cookie)
    {
        string s = cookie.Length > 12 ? cookie[..12] : cookie;
        s = s.ToLowerInvariant().Replace('_', '-');
        if (s == "utf-8" || s.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        foreach (string latin in new[] { "latin-1", "iso-8859-1", "iso-latin-1" })
            if (s == latin || s.StartsWith(latin + "-", StringComparison.Ordinal)) return "iso-8859-1";
        return cookie;
    }

    /// <summary>Decodes <paramref name="text"/> with the Python codec <paramref name="name"/> and returns UTF-8.</summary>
    private static byte[] Transcode(ReadOnlySpan<byte> text, string name, string cookie)
    {
        string codec = CodecModuleName(name) ?? throw Error($"unknown encoding: {cookie}");
        if (NonTextCodecs.Contains(codec))
            throw Error($"'{name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        if (codec is "utf_8" or "utf_8_sig")
        {
            // Spellings get_normal_name does not collapse ("utf8") go through the strict codec.
            string? problem = Utf8Errors.Describe(text);
            if (problem is not null) throw Error(problem);
            return text.ToArray();
        }
        if (codec == "latin_1") return Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(text));
        if (codec == "ascii")
        {
            int bad = text.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (bad >= 0) throw Error($"'ascii' codec can't decode byte 0x{text[bad]:x2} in position {bad}: ordinal not in range(128)");
            return text.ToArray();
        }
        if (SingleByteTables.TryGetValue(codec, out string? table))
        {
            var chars = new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = table[text[i]];
                if (c == '\uFFFE')
                    throw Error($"'charmap' codec can't decode byte 0x{text[i]:x2} in position {i}: character maps to <undefined>");
                chars[i] = c;
            }
            return Encoding.UTF8.GetBytes(chars);
        }
        if (MultiByteCodecs.TryGetValue(codec, out string? dotnetName))
        {
            Encoding encoding;
            try
            {
                encoding = Encoding.GetEncoding(dotnetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException)
            {
                throw Error($"unknown encoding: {cookie}");
            }
            try
            {
                return Encoding.UTF8.GetBytes(encoding.GetString(text));
            }
            catch (DecoderFallbackException e)
            {
                byte first = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
                throw Error($"'{codec}' codec can't decode byte 0x{first:x2} in position {Math.Max(e.Index, 0)}: illegal multibyte sequence");
            }
        }
        throw Error($"unknown encoding: {cookie}");
    }

    /// <summary>Python's codec lookup: lower case, encodings.normalize_encoding, then the alias table.</summary>
    private static string? CodecModuleName(string name)
    {
        var normalized = new StringBuilder(name.Length);
        bool punctuation = false;
        foreach (char c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punctuation && normalized.Length > 0) normalized.Append('_');
                normalized.Append(c);
                punctuation = false;
            }
            else punctuation = true;
        }
        string key = normalized.ToString();
        if (CodecAliases.TryGetValue(key, out string? module) || CodecAliases.TryGetValue(key.Replace('.', '_'), out module))
            return module;
        return KnownCodecs.Contains(key) ? key : null;
    }

    /// <summary>\r\n and \r become \n, and a final \n is added when missing (also to empty text), as CPython does for exec input.</summary>
    private static byte[] TranslateNewlines(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf((byte)'\r') < 0)
        {
            if (text.Length > 0 && text[^1] == '\n') return text.ToArray();
            var withNewline = new byte[text.Length + 1];
            text.CopyTo(withNewline);
            withNewline[^1] = (byte)'\n';
            return withNewline;
        }
        var result = new byte[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            byte c = text[i];
            if (c == '\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else result[n++] = c;
        }
        if (n == 0 || result[n - 1] != '\n') result[n++] = (byte)'\n';
        return result.AsSpan(0, n).ToArray();
    }

    // Python's multi-byte codecs that .NET also has (through CodePagesEncodingProvider).
    private static readonly Dictionary<string, string> MultiByteCodecs = new()
    {
        ["euc_jp"] = "euc-jp", ["shift_jis"] = "shift_jis", ["cp932"] = "shift_jis", ["iso2022_jp"] = "iso-2022-jp",
        ["gb2312"] = "gb2312", ["gbk"] = "gbk", ["gb18030"] = "gb18030", ["big5"] = "big5", ["cp950"] = "big5",
        ["euc_kr"] = "euc-kr", ["cp949"] = "ks_c_5601-1987", ["iso2022_kr"] = "iso-2022-kr",
        ["utf_16"] = "utf-16", ["utf_16_le"] = "utf-16LE", ["utf_16_be"] = "utf-16BE",
        ["utf_32"] = "utf-32", ["utf_32_le"] = "utf-32LE", ["utf_32_be"] = "utf-32BE", ["utf_7"] = "utf-7",
    };
}
