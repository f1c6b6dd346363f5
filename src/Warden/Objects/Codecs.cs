using System.Text;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The text codecs builtins need (<c>str.encode</c>, <c>bytes.decode</c>, <c>bytes(s, enc)</c>): UTF-8/16/32,
/// ASCII, Latin-1 and cp1252, with CPython's error handlers and UnicodeEncodeError/UnicodeDecodeError details.
/// </summary>
internal static class Codecs
{
    /// <summary>CPython's canonical codec name for <paramref name="encoding"/>; LookupError when unknown.</summary>
    public static string Normalize(string encoding)
        => TryNormalize(encoding) ?? throw PyExc.Create(TypeObjects.ExceptionByName("LookupError"), $"unknown encoding: {encoding}");

    /// <summary>The canonical name of a codec implemented here, or null (then the codec registry decides).</summary>
    private static string? TryNormalize(string encoding)
    {
        string key = encoding.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return key switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "ascii" or "us-ascii" or "646" or "us" => "ascii",
            "latin-1" or "latin1" or "latin" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "iso-ir-100" => "latin-1",
            "utf-16" or "utf16" or "u16" => "utf-16",
            "utf-16-le" or "utf-16le" => "utf-16-le",
            "utf-16-be" or "utf-16be" => "utf-16-be",
            "utf-32" or "utf32" or "u32" => "utf-32",
            "utf-32-le" or "utf-32le" => "utf-32-le",
            "utf-32-be" or "utf-32be" => "utf-32-be",
            "cp1252" or "windows-1252" or "1252" => "cp1252",
            _ => null,
        };
    }

    /// <summary>
    /// A codec these tables lack goes through the codec registry, as CPython's str.encode and
    /// bytes.decode always do (<c>codecs.lookup</c>: the stdlib's encodings package and codecs
    /// registered by the program), with CPython's checks that it is a text codec returning the
    /// right type.
    /// </summary>
    private static PyObject ThroughRegistry(PyObject input, string encoding, string errors, bool encode)
    {
        var codecsModule = Importer.ImportModule("_codecs", Runtime.ThreadState.Current);
        var info = PyOps.Call1(PyOps.GetAttr(codecsModule, PyStr.From("lookup")), PyStr.From(encoding));
        string verb = encode ? "encode" : "decode";
        if (PyOps.TryGetAttr(info, PyStr.From("_is_text_encoding"), out var isText) && !PyOps.IsTrue(isText))
            throw PyExc.Create(TypeObjects.ExceptionByName("LookupError"), $"'{encoding}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs");
        var result = PyOps.Call(PyOps.GetItem(info, PyInt.FromLong(encode ? 0 : 1)), [input, PyStr.From(errors)], null);
        if (PyOps.Unwrap(result) is not PyTuple { Length: 2 } pair)
            throw PyExc.TypeError($"{(encode ? "encoder" : "decoder")} must return a tuple (object, integer)");
        return pair.Items[0];
    }

    // cp1252's 0x80..0x9F block (the rest is Latin-1); -1 marks the five undefined bytes.
    private static readonly int[] s_cp1252High =
    [
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178,
    ];

    /// <summary><c>str.encode(encoding, errors)</c>.</summary>
    public static byte[] Encode(string text, string encoding, string errors)
    {
        if (TryNormalize(encoding) is not { } codec)
        {
            var encoded = ThroughRegistry(PyStr.From(text), encoding, errors, encode: true);
            return PyOps.Unwrap(encoded) is PyBytes encodedBytes ? encodedBytes.Value
                : throw PyExc.TypeError($"'{encoding}' encoder returned '{encoded.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        var cps = UnicodeProperties.CodePoints(text);
        var output = new List<byte>(cps.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int cp = cps[i];
            if (TryEncodeOne(codec, cp, output, errors == "surrogatepass")) continue;
            // A run of unencodable code points is reported (and replaced) together.
            int end = i + 1;
            while (end < cps.Length && !CanEncode(codec, cps[end], errors == "surrogatepass")) end++;
            bool surrogate = cp is >= 0xD800 and <= 0xDFFF;
            string reason = codec switch
            {
                "ascii" => "ordinal not in range(128)",
                "latin-1" => "ordinal not in range(256)",
                "cp1252" => "character maps to <undefined>",
                _ => "surrogates not allowed",
            };
            if (codec == "cp1252") end = i + 1;
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) EncodeReplacement(codec, "?", output);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) EncodeReplacement(codec, $"&#{cps[k]};", output);
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) EncodeReplacement(codec, EscapeCodePoint(cps[k]), output);
                    break;
                case "surrogateescape" when surrogate && cp is >= 0xDC80 and <= 0xDCFF:
                    for (int k = i; k < end; k++)
                    {
                        if (cps[k] is < 0xDC80 or > 0xDCFF) throw EncodeError(codec, text, cps, k, k + 1, reason);
                        output.Add((byte)(cps[k] - 0xDC00));
                    }
                    break;
                default:
                    throw EncodeError(codec, text, cps, i, end, reason);
            }
            i = end - 1;
        }
        var bytes = output.ToArray();
        if (codec == "utf-16") return [0xFF, 0xFE, .. bytes];
        if (codec == "utf-32") return [0xFF, 0xFE, 0, 0, .. bytes];
        return bytes;
    }

    private static string EscapeCodePoint(int cp) => cp switch
    {
        < 0x100 => $"\\x{cp:x2}",
        < 0x10000 => $"\\u{cp:x4}",
        _ => $"\\U{cp:x8}",
    };

    private static void EncodeReplacement(string codec, string replacement, List<byte> output)
    {
        foreach (char c in replacement) TryEncodeOne(codec, c, output, false);
    }

    private static bool CanEncode(string codec, int cp, bool surrogatePass)
        => TryEncodeOne(codec, cp, null, surrogatePass);

    private static bool TryEncodeOne(string codec, int cp, List<byte>? output, bool surrogatePass)
    {
        bool surrogate = cp is >= 0xD800 and <= 0xDFFF;
        switch (codec)
        {
            case "ascii":
                if (cp >= 128) return false;
                output?.Add((byte)cp);
                return true;
            case "latin-1":
                if (cp >= 256) return false;
                output?.Add((byte)cp);
                return true;
            case "cp1252":
                if (cp < 0x80 || cp is >= 0xA0 and < 0x100) { output?.Add((byte)cp); return true; }
                int index = Array.IndexOf(s_cp1252High, cp);
                if (index < 0) return false;
                output?.Add((byte)(0x80 + index));
                return true;
            case "utf-8":
                if (surrogate && !surrogatePass) return false;
                if (output is null) return true;
                if (cp < 0x80) output.Add((byte)cp);
                else if (cp < 0x800) { output.Add((byte)(0xC0 | cp >> 6)); output.Add((byte)(0x80 | cp & 0x3F)); }
                else if (cp < 0x10000)
                {
                    output.Add((byte)(0xE0 | cp >> 12)); output.Add((byte)(0x80 | cp >> 6 & 0x3F)); output.Add((byte)(0x80 | cp & 0x3F));
                }
                else
                {
                    output.Add((byte)(0xF0 | cp >> 18)); output.Add((byte)(0x80 | cp >> 12 & 0x3F));
                    output.Add((byte)(0x80 | cp >> 6 & 0x3F)); output.Add((byte)(0x80 | cp & 0x3F));
                }
                return true;
            case "utf-16" or "utf-16-le" or "utf-16-be":
            {
                if (surrogate && !surrogatePass) return false;
                if (output is null) return true;
                bool big = codec == "utf-16-be";
                void Unit(int u)
                {
                    if (big) { output.Add((byte)(u >> 8)); output.Add((byte)u); }
                    else { output.Add((byte)u); output.Add((byte)(u >> 8)); }
                }
                if (cp < 0x10000) Unit(cp);
                else
                {
                    int v = cp - 0x10000;
                    Unit(0xD800 | v >> 10);
                    Unit(0xDC00 | v & 0x3FF);
                }
                return true;
            }
            default: // utf-32 family
            {
                if (surrogate && !surrogatePass) return false;
                if (output is null) return true;
                byte[] b = [(byte)cp, (byte)(cp >> 8), (byte)(cp >> 16), (byte)(cp >> 24)];
                if (codec == "utf-32-be") Array.Reverse(b);
                output.AddRange(b);
                return true;
            }
        }
    }

    private static PythonException EncodeError(string codec, string text, int[] cps, int start, int end, string reason)
    {
        var type = TypeObjects.ExceptionByName("UnicodeEncodeError");
        var e = new PyBaseException(type, PyStr.From(codec), PyStr.From(text), PyInt.FromLong(start), PyInt.FromLong(end), PyStr.From(reason));
        SetUnicodeErrorAttributes(e);
        return new PythonException(e);
    }

    private static PythonException DecodeError(string codec, byte[] data, int start, int end, string reason)
    {
        var type = TypeObjects.ExceptionByName("UnicodeDecodeError");
        var e = new PyBaseException(type, PyStr.From(codec), new PyBytes(data), PyInt.FromLong(start), PyInt.FromLong(end), PyStr.From(reason));
        SetUnicodeErrorAttributes(e);
        return new PythonException(e);
    }

    /// <summary>Copies UnicodeError's five constructor arguments to its attributes.</summary>
    public static void SetUnicodeErrorAttributes(PyBaseException e)
    {
        string[] names = ["encoding", "object", "start", "end", "reason"];
        if (e.Args.Length != 5) return;
        for (int i = 0; i < 5; i++) e.Dict.SetStr(names[i], e.Args.Items[i]);
    }

    /// <summary>The message of a UnicodeEncodeError/UnicodeDecodeError built from its attributes.</summary>
    public static string? UnicodeErrorMessage(PyBaseException e)
    {
        var d = e.Dict;
        if (!d.TryGetStr("encoding", out var enc) || !d.TryGetStr("object", out var obj) || !d.TryGetStr("start", out var s)
            || !d.TryGetStr("end", out var en) || !d.TryGetStr("reason", out var reason)) return null;
        if (s is not PyInt si || en is not PyInt ei) return null;
        long start = si.ToIndex(), end = ei.ToIndex();
        string encoding = PyOps.Str(enc), why = PyOps.Str(reason);
        if (obj is PyBytes bytes)
        {
            if (end == start + 1 && start >= 0 && start < bytes.Value.Length)
                return $"'{encoding}' codec can't decode byte 0x{bytes.Value[start]:x2} in position {start}: {why}";
            return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {why}";
        }
        if (obj is PyStr str)
        {
            if (end == start + 1 && start >= 0 && start < str.Length)
            {
                int cp = UnicodeProperties.CodePoints(str.CharAt((int)start).Value)[0];
                return $"'{encoding}' codec can't encode character '{EscapeCodePoint(cp)}' in position {start}: {why}";
            }
            return $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {why}";
        }
        return null;
    }

    /// <summary><c>bytes.decode(encoding, errors)</c>.</summary>
    public static string Decode(byte[] data, string encoding, string errors)
    {
        if (TryNormalize(encoding) is not { } codec)
        {
            var decoded = ThroughRegistry(new PyBytes(data), encoding, errors, encode: false);
            return PyOps.Unwrap(decoded) is PyStr text ? text.Value
                : throw PyExc.TypeError($"'{encoding}' decoder returned '{decoded.Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        var cps = new List<int>(data.Length);
        int i = 0;
        if (codec == "utf-16")
        {
            codec = "utf-16-le";
            if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) i = 2;
            else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { i = 2; codec = "utf-16-be"; }
        }
        else if (codec == "utf-32")
        {
            codec = "utf-32-le";
            if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) i = 4;
            else if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { i = 4; codec = "utf-32-be"; }
        }
        string reportedCodec = encoding.Trim().ToLowerInvariant().Replace('_', '-') is var raw && (raw == "utf-16" || raw == "utf-32") ? raw : codec;
        while (i < data.Length)
        {
            int length = DecodeOne(codec, data, i, out int cp, out string? reason);
            if (reason is null)
            {
                cps.Add(cp);
                i += length;
                continue;
            }
            int end = i + length;
            switch (errors)
            {
                case "ignore": break;
                case "replace": cps.Add(0xFFFD); break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) foreach (char c in $"\\x{data[k]:x2}") cps.Add(c);
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) cps.Add(data[k] >= 0x80 ? 0xDC00 + data[k] : data[k]);
                    break;
                default:
                    throw DecodeError(reportedCodec, data, i, end, reason);
            }
            i = end;
        }
        return UnicodeProperties.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps));
    }

    /// <summary>Decodes one code point at <paramref name="i"/>; on error sets <paramref name="reason"/> and returns the bad length.</summary>
    private static int DecodeOne(string codec, byte[] data, int i, out int cp, out string? reason)
    {
        reason = null;
        cp = 0;
        byte b = data[i];
        switch (codec)
        {
            case "ascii":
                if (b >= 0x80) { reason = "ordinal not in range(128)"; return 1; }
                cp = b;
                return 1;
            case "latin-1":
                cp = b;
                return 1;
            case "cp1252":
                if (b is >= 0x80 and < 0xA0)
                {
                    cp = s_cp1252High[b - 0x80];
                    if (cp < 0) { reason = "character maps to <undefined>"; return 1; }
                    return 1;
                }
                cp = b;
                return 1;
            case "utf-8":
                return DecodeUtf8(data, i, out cp, out reason);
            case "utf-16-le" or "utf-16-be":
            {
                bool big = codec == "utf-16-be";
                if (i + 1 >= data.Length) { reason = "truncated data"; return data.Length - i; }
                int unit = big ? data[i] << 8 | data[i + 1] : data[i + 1] << 8 | data[i];
                if (unit is < 0xD800 or > 0xDFFF) { cp = unit; return 2; }
                if (unit >= 0xDC00) { reason = "illegal encoding"; return 2; }
                if (i + 3 >= data.Length) { reason = "unexpected end of data"; return data.Length - i; }
                int low = big ? data[i + 2] << 8 | data[i + 3] : data[i + 3] << 8 | data[i + 2];
                if (low is < 0xDC00 or > 0xDFFF) { reason = "illegal UTF-16 surrogate"; return 2; }
                cp = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                return 4;
            }
            default:
            {
                if (i + 3 >= data.Length) { reason = "truncated data"; return data.Length - i; }
                long v = codec == "utf-32-be"
                    ? (long)data[i] << 24 | (long)data[i + 1] << 16 | (long)data[i + 2] << 8 | data[i + 3]
                    : (long)data[i + 3] << 24 | (long)data[i + 2] << 16 | (long)data[i + 1] << 8 | data[i];
                if (v > 0x10FFFF) { reason = "code point not in range(0x110000)"; return 4; }
                if (v is >= 0xD800 and <= 0xDFFF) { reason = "code point in surrogate code point range(0xd800, 0xe000)"; return 4; }
                cp = (int)v;
                return 4;
            }
        }
    }

    private static int DecodeUtf8(byte[] data, int i, out int cp, out string? reason)
    {
        reason = null;
        byte b = data[i];
        cp = b;
        if (b < 0x80) return 1;
        int need;
        byte low = 0x80, high = 0xBF;
        if (b is >= 0xC2 and <= 0xDF) { need = 1; cp = b & 0x1F; }
        else if (b is >= 0xE0 and <= 0xEF)
        {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0) low = 0xA0;
            if (b == 0xED) high = 0x9F;
        }
        else if (b is >= 0xF0 and <= 0xF4)
        {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0) low = 0x90;
            if (b == 0xF4) high = 0x8F;
        }
        else { reason = "invalid start byte"; return 1; }
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= data.Length) { reason = "unexpected end of data"; return k; }
            byte c = data[i + k];
            byte lo = k == 1 ? low : (byte)0x80, hi = k == 1 ? high : (byte)0xBF;
            if (c < lo || c > hi) { reason = "invalid continuation byte"; return k; }
            cp = cp << 6 | (c & 0x3F);
        }
        return need + 1;
    }
}
