using System.Text;
using Warden.Objects;

namespace Warden.Modules.Io;

/// <summary>
/// Encoding and incremental decoding for text streams: UTF-8 through .NET's codec (errors fall back
/// to <see cref="Codecs"/> for CPython's exceptions), every other codec through <see cref="Codecs"/>.
/// Incomplete multi-byte sequences at a chunk end are held until the next chunk.
/// </summary>
internal sealed class TextCodec
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);

    public string Encoding { get; }
    public string Errors { get; }
    private readonly string _codec;
    private byte[] _undecoded = [];

    public TextCodec(string encoding, string errors)
    {
        _codec = Codecs.Normalize(encoding);
        Encoding = encoding;
        Errors = errors;
    }

    /// <summary>Bytes received but not yet decoded (an incomplete sequence).</summary>
    public int PendingBytes => _undecoded.Length;

    public void Reset() => _undecoded = [];

    public byte[] Encode(string text)
    {
        if (_codec == "utf-8" && Errors == "strict")
        {
            try
            {
                return s_strictUtf8.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                // Lone surrogates: the shared codec raises CPython's UnicodeEncodeError.
            }
        }
        return Codecs.Encode(text, _codec, Errors);
    }

    public string Decode(byte[] data, bool final)
    {
        byte[] all = _undecoded.Length == 0 ? data : [.. _undecoded, .. data];
        int complete = final ? all.Length : CompleteLength(all);
        _undecoded = complete == all.Length ? [] : all.AsSpan(complete).ToArray();
        var part = complete == all.Length ? all : all.AsSpan(0, complete).ToArray();
        if (part.Length == 0) return "";
        if (_codec == "utf-8" && Errors == "strict")
        {
            try
            {
                return s_strictUtf8.GetString(part);
            }
            catch (DecoderFallbackException)
            {
                // Invalid bytes: the shared codec raises CPython's UnicodeDecodeError.
            }
        }
        return Codecs.Decode(part, _codec, Errors);
    }

    private int CompleteLength(byte[] b) => CompleteLength(_codec, b);

    /// <summary>How many leading bytes form whole characters in <paramref name="codec"/> (the rest wait for more input).</summary>
    public static int CompleteLength(string codec, byte[] b)
    {
        switch (codec)
        {
            case "utf-8":
            {
                // Look back over at most three continuation bytes for a lead byte whose sequence is cut.
                for (int back = 1; back <= Math.Min(4, b.Length); back++)
                {
                    byte c = b[^back];
                    if ((c & 0xC0) == 0x80) continue;
                    int needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                    return needed > back ? b.Length - back : b.Length;
                }
                return b.Length;
            }
            case "utf-16" or "utf-16-le" or "utf-16-be":
            {
                int even = b.Length & ~1;
                if (even >= 2)
                {
                    bool le = codec != "utf-16-be";
                    int last = le ? b[even - 1] : b[even - 2];
                    if (last is >= 0xD8 and <= 0xDB) even -= 2; // a high surrogate waits for its pair
                }
                return even;
            }
            case "utf-32" or "utf-32-le" or "utf-32-be":
                return b.Length & ~3;
            default:
                return b.Length;
        }
    }
}
