using System.Text;

namespace Warden.Syntax;

/// <summary>
/// Turns raw source bytes into the UTF-8 text the tokenizer reads, as CPython 3.11 does for
/// bytes given to compile()/ast.parse(): NUL check, UTF-8 BOM, PEP 263 coding cookie on line
/// 1 or 2, re-encoding from the declared codec, and \r\n / \r translated to \n. Without a
/// declaration (or with a UTF-8 one) the bytes are not validated here: like CPython, invalid
/// UTF-8 is reported later where it matters (identifiers, string literals).
/// </summary>
public static class SourceDecoder
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
        ReadOnlySpan<byte> text = raw;
        bool bom = text.Length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF;
        if (bom) text = text[3..];
        string? cookie = FindCookie(text);
        declaredEncoding = null;
        if (bom)
        {
            declaredEncoding = "utf-8";
            if (cookie is not null && NormalName(cookie) != "utf-8")
                throw Error($"encoding problem: {NormalName(cookie)} with BOM");
        }
        if (cookie is null || NormalName(cookie) == "utf-8")
        {
            if (cookie is not null) declaredEncoding = NormalName(cookie);
            return TranslateNewlines(text);
        }
        string name = NormalName(cookie);
        declaredEncoding = name;
        if (Utf8Aliases.Contains(name.ToLowerInvariant().Replace('-', '_')))
        {
            // Spellings get_normal_name does not collapse ("utf8") go through the strict codec.
            string? problem = Utf8Errors.Describe(text);
            if (problem is not null) throw Error(problem);
            return TranslateNewlines(text);
        }
        Encoding encoding = LookUp(name, cookie);
        string decoded;
        try
        {
            decoded = encoding.GetString(text);
        }
        catch (DecoderFallbackException e)
        {
            throw Error(DecodeErrorMessage(name, e));
        }
        return TranslateNewlines(Encoding.UTF8.GetBytes(decoded));
    }

    /// <summary>
    /// The UTF-8 bytes of a str source (cookies are ignored for str, as in CPython). A lone surrogate
    /// cannot be encoded, and CPython raises UnicodeEncodeError for it; so do we.
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
                throw new PythonFrontEndError("UnicodeEncodeError",
                    $"'utf-8' codec can't encode character '\\u{(int)c:x4}' in position {codePointIndex}: surrogates not allowed");
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
        // CPython only looks at a second line that ends with a newline.
        if (nl2 < 0) return null;
        return CookieInLine(rest[..nl2], out _);
    }

    private static string? CookieInLine(ReadOnlySpan<byte> line, out bool commentOrBlank)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
        commentOrBlank = i == line.Length || line[i] == '#' || line[i] == '\r';
        if (i == line.Length || line[i] != '#') return null;
        for (int j = i + 1; j + 6 < line.Length; j++)
        {
            if (!line[j..].StartsWith("coding"u8)) continue;
            byte sep = line[j + 6];
            if (sep != ':' && sep != '=') continue;
            int k = j + 7;
            while (k < line.Length && (line[k] == ' ' || line[k] == '\t')) k++;
            int nameStart = k;
            while (k < line.Length && (IsWordByte(line[k]) || line[k] == '-' || line[k] == '.')) k++;
            if (k > nameStart) return Encoding.ASCII.GetString(line[nameStart..k]);
        }
        return null;
    }

    private static bool IsWordByte(byte c) => (uint)((c | 0x20) - 'a') <= 25 || (uint)(c - '0') <= 9 || c == '_';

    /// <summary>CPython's get_normal_name: utf-8 and latin-1 spellings collapse to "utf-8" and "iso-8859-1".</summary>
    internal static string NormalName(string cookie)
    {
        string s = cookie.Length > 12 ? cookie[..12] : cookie;
        s = s.ToLowerInvariant().Replace('_', '-');
        if (s == "utf-8" || s.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        foreach (string latin in new[] { "latin-1", "iso-8859-1", "iso-latin-1" })
            if (s == latin || s.StartsWith(latin + "-", StringComparison.Ordinal)) return "iso-8859-1";
        return cookie;
    }

    private static Encoding LookUp(string name, string cookie)
    {
        string key = name.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        if (NonTextCodecs.Contains(key))
            throw Error($"'{name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
        if (PythonToDotNet.TryGetValue(key, out string? dotnetName))
        {
            try
            {
                return Encoding.GetEncoding(dotnetName, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (ArgumentException) { }
        }
        throw Error($"unknown encoding: {cookie}");
    }

    private static string DecodeErrorMessage(string name, DecoderFallbackException e)
    {
        string codec = name.ToLowerInvariant().Replace('_', '-') switch
        {
            "ascii" or "us-ascii" or "646" => "ascii",
            var n when n.StartsWith("cp12", StringComparison.Ordinal) || n.StartsWith("windows-", StringComparison.Ordinal) => "charmap",
            var n => n,
        };
        byte bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : (byte)0;
        int position = e.Index >= 0 ? e.Index : 0;
        string reason = codec switch
        {
            "ascii" => "ordinal not in range(128)",
            "charmap" => "character maps to <undefined>",
            _ => "illegal multibyte sequence",
        };
        return $"'{codec}' codec can't decode byte 0x{bad:x2} in position {position}: {reason}";
    }

    private static byte[] TranslateNewlines(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf((byte)'\r') < 0) return text.ToArray();
        var result = new byte[text.Length];
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
        return result.AsSpan(0, n).ToArray();
    }

    private static readonly HashSet<string> Utf8Aliases = ["utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4", "utf_8"];

    private static readonly HashSet<string> NonTextCodecs =
    [
        "rot13", "rot_13", "hex", "hex_codec", "base64", "base64_codec", "base_64", "bz2", "bz2_codec",
        "zip", "zlib", "zlib_codec", "quopri", "quopri_codec", "quotedprintable", "quoted_printable",
        "uu", "uu_codec", "base16",
    ];

    // Python codec names and aliases (normalized: lower case, '-' and ' ' as '_') to .NET encoding names.
    private static readonly Dictionary<string, string> PythonToDotNet = BuildCodecMap();

    private static Dictionary<string, string> BuildCodecMap()
    {
        var map = new Dictionary<string, string>();
        void Add(string dotnet, params string[] names) { foreach (var n in names) map[n] = dotnet; }
        Add("us-ascii", "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us");
        Add("iso-8859-1", "iso_8859_1", "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso8859", "8859", "cp819", "ibm819", "iso_ir_100", "iso_8859_1_1987");
        for (int i = 2; i <= 16; i++)
        {
            if (i == 12) continue;
            Add($"iso-8859-{i}", $"iso8859_{i}", $"iso_8859_{i}");
        }
        Add("iso-8859-2", "latin2", "l2"); Add("iso-8859-3", "latin3", "l3"); Add("iso-8859-4", "latin4", "l4");
        Add("iso-8859-5", "cyrillic"); Add("iso-8859-6", "arabic"); Add("iso-8859-7", "greek", "greek8");
        Add("iso-8859-8", "hebrew"); Add("iso-8859-9", "latin5", "l5"); Add("iso-8859-10", "latin6", "l6");
        Add("iso-8859-13", "latin7", "l7"); Add("iso-8859-14", "latin8", "l8"); Add("iso-8859-15", "latin9", "l9");
        Add("iso-8859-16", "latin10", "l10");
        for (int cp = 1250; cp <= 1258; cp++) Add($"windows-{cp}", $"cp{cp}", $"windows_{cp}");
        foreach (int cp in new[] { 437, 737, 775, 850, 852, 855, 857, 858, 860, 861, 862, 863, 864, 865, 866, 869, 874, 875, 037, 1026, 1140, 500 })
            Add($"ibm{cp:000}", $"cp{cp}", $"ibm{cp}", cp.ToString());
        Add("IBM437", "cp437", "ibm437", "437"); Add("IBM00858", "cp858", "ibm858", "858"); Add("windows-874", "cp874");
        Add("IBM037", "cp037", "ibm037", "ibm039", "037"); Add("IBM500", "cp500", "ibm500", "ebcdic_cp_be", "ebcdic_cp_ch");
        Add("koi8-r", "koi8_r"); Add("koi8-u", "koi8_u");
        Add("macintosh", "mac_roman", "macroman", "macintosh");
        Add("x-mac-cyrillic", "mac_cyrillic", "maccyrillic"); Add("x-mac-greek", "mac_greek", "macgreek");
        Add("x-mac-icelandic", "mac_iceland", "maciceland"); Add("x-mac-ce", "mac_latin2", "maclatin2", "maccentraleurope", "mac_centeuro");
        Add("x-mac-turkish", "mac_turkish", "macturkish");
        Add("euc-jp", "euc_jp", "eucjp", "ujis", "u_jis");
        Add("shift_jis", "shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis");
        Add("shift_jis", "cp932", "932", "ms932", "mskanji", "ms_kanji");
        Add("iso-2022-jp", "iso2022_jp", "iso_2022_jp", "csiso2022jp", "iso2022jp");
        Add("gb2312", "gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
        Add("gbk", "gbk", "936", "cp936", "ms936"); Add("gb18030", "gb18030", "gb18030_2000");
        Add("big5", "big5", "big5_tw", "csbig5", "cp950", "ms950");
        Add("euc-kr", "euc_kr", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ksx1001", "ks_x_1001");
        Add("ks_c_5601-1987", "cp949", "949", "ms949", "uhc");
        Add("utf-16", "utf_16", "u16", "utf16"); Add("utf-16BE", "utf_16_be", "utf_16be", "unicodebigunmarked");
        Add("utf-16LE", "utf_16_le", "utf_16le", "unicodelittleunmarked");
        Add("utf-32", "utf_32", "u32", "utf32"); Add("utf-32BE", "utf_32_be", "utf_32be"); Add("utf-32LE", "utf_32_le", "utf_32le");
        Add("utf-7", "utf_7", "u7", "utf7", "unicode_1_1_utf_7");
        return map;
    }
}
