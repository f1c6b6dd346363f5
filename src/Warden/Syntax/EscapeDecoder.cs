using System.Buffers;
using System.Text;
using Warden.Objects;

namespace Warden.Syntax;

/// <summary>
/// The error a literal body fails to decode with; the string parser turns it into a
/// SyntaxError located where CPython locates it (the token after the string run).
/// The exception message is the full CPython message, e.g.
/// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape".
/// </summary>
internal sealed class StringDecodeException : Exception
{
    public StringDecodeException(string message) : base(message) { }
}

/// <summary>
/// Decodes the body of one str or bytes literal (between the quotes) from the UTF-8 source
/// into its value, with CPython 3.11's escape rules and error messages.
/// </summary>
internal static class EscapeDecoder
{
    /// <summary>
    /// Decodes a str literal body. Raw bodies and bodies without a backslash are plain UTF-8
    /// and are decoded straight from the source buffer. Returns a <see cref="string"/>, or a
    /// <see cref="CodePointString"/> when an escape produced a surrogate code point.
    /// </summary>
    public static object DecodeStr(ReadOnlySpan<byte> body, bool raw)
    {
        if (raw || body.IndexOf((byte)'\\') < 0)
        {
            // The tokenizer does not validate literal bodies (neither does CPython's): a
            // body that is not UTF-8 fails here, with positions relative to the body.
            if (!System.Text.Unicode.Utf8.IsValid(body)) throw InvalidUtf8(body);
            return Encoding.UTF8.GetString(body);
        }
        int[] buffer = ArrayPool<int>.Shared.Rent(Math.Max(body.Length, 1));
        try
        {
            int count = DecodeEscapes(body, buffer);
            return CodePointString.FromCodePoints(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes a bytes literal body. The caller has checked that the body is ASCII.
    /// </summary>
    public static byte[] DecodeBytes(ReadOnlySpan<byte> body, bool raw)
    {
        if (raw || body.IndexOf((byte)'\\') < 0) return body.ToArray();
        var result = new byte[body.Length];
        int count = 0;
        int i = 0;
        while (i < body.Length)
        {
            byte b = body[i];
            if (b != '\\' || i + 1 >= body.Length)
            {
                result[count++] = b;
                i++;
                continue;
            }
            int escapeStart = i;
            byte kind = body[i + 1];
            i += 2;
            switch (kind)
            {
                case (byte)'\n': break;
                case (byte)'\\': result[count++] = (byte)'\\'; break;
                case (byte)'\'': result[count++] = (byte)'\''; break;
                case (byte)'"': result[count++] = (byte)'"'; break;
                case (byte)'a': result[count++] = 7; break;
                case (byte)'b': result[count++] = 8; break;
                case (byte)'f': result[count++] = 12; break;
                case (byte)'n': result[count++] = 10; break;
                case (byte)'r': result[count++] = 13; break;
                case (byte)'t': result[count++] = 9; break;
                case (byte)'v': result[count++] = 11; break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        int value = kind - '0';
                        for (int digits = 1; digits < 3 && i < body.Length && body[i] is >= (byte)'0' and <= (byte)'7'; digits++)
                            value = value * 8 + (body[i++] - '0');
                        // Values above 0o377 keep their low byte, as CPython 3.11 does.
                        result[count++] = (byte)value;
                        break;
                    }
                case (byte)'x':
                    {
                        int high = i < body.Length ? HexValue(body[i]) : -1;
                        int low = i + 1 < body.Length ? HexValue(body[i + 1]) : -1;
                        if (high < 0 || low < 0)
                            throw new StringDecodeException($"(value error) invalid \\x escape at position {escapeStart}");
                        result[count++] = (byte)(high * 16 + low);
                        i += 2;
                        break;
                    }
                default:
                    // Unknown escapes stay as written (CPython only warns).
                    result[count++] = (byte)'\\';
                    i--;
                    break;
            }
        }
        return result.AsSpan(0, count).ToArray();
    }

    /// <summary>
    /// Decodes a non-raw str body into code points. Error positions are counted the way
    /// CPython counts them: it first rewrites every non-ASCII character as a 10-byte
    /// <c>\UXXXXXXXX</c> escape (and a backslash before one as the 6-byte <c>\u005c</c>) and
    /// reports offsets into that rewritten text.
    /// </summary>
    private static int DecodeEscapes(ReadOnlySpan<byte> body, int[] output)
    {
        int count = 0;
        int i = 0;
        int position = 0; // offset in CPython's rewritten text, for error messages
        while (i < body.Length)
        {
            byte b = body[i];
            if (b != '\\')
            {
                if (b < 0x80)
                {
                    output[count++] = b;
                    i++;
                    position++;
                }
                else
                {
                    // CPython decodes each run of non-ASCII bytes on its own, so an invalid
                    // sequence is reported relative to the start of its run.
                    int runEnd = i;
                    while (runEnd < body.Length && body[runEnd] >= 0x80) runEnd++;
                    var run = body[i..runEnd];
                    if (!System.Text.Unicode.Utf8.IsValid(run)) throw InvalidUtf8(run);
                    while (i < runEnd)
                    {
                        output[count++] = DecodeUtf8CodePoint(body, ref i);
                        position += 10;
                    }
                }
                continue;
            }
            if (i + 1 >= body.Length || body[i + 1] >= 0x80)
            {
                // A backslash at the end or before a non-ASCII character is kept literally.
                output[count++] = '\\';
                i++;
                position += 6;
                continue;
            }
            int escapeStart = position;
            byte kind = body[i + 1];
            i += 2;
            position += 2;
            switch (kind)
            {
                case (byte)'\n': break;
                case (byte)'\\': output[count++] = '\\'; break;
                case (byte)'\'': output[count++] = '\''; break;
                case (byte)'"': output[count++] = '"'; break;
                case (byte)'a': output[count++] = 7; break;
                case (byte)'b': output[count++] = 8; break;
                case (byte)'f': output[count++] = 12; break;
                case (byte)'n': output[count++] = 10; break;
                case (byte)'r': output[count++] = 13; break;
                case (byte)'t': output[count++] = 9; break;
                case (byte)'v': output[count++] = 11; break;
                case >= (byte)'0' and <= (byte)'7':
                    {
                        int value = kind - '0';
                        for (int digits = 1; digits < 3 && i < body.Length && body[i] is >= (byte)'0' and <= (byte)'7'; digits++)
                        {
                            value = value * 8 + (body[i++] - '0');
                            position++;
                        }
                        output[count++] = value;
                        break;
                    }
                case (byte)'x':
                    output[count++] = ReadHexEscape(body, ref i, ref position, 2, escapeStart, "truncated \\xXX escape");
                    break;
                case (byte)'u':
                    output[count++] = ReadHexEscape(body, ref i, ref position, 4, escapeStart, "truncated \\uXXXX escape");
                    break;
                case (byte)'U':
                    {
                        int value = ReadHexEscape(body, ref i, ref position, 8, escapeStart, "truncated \\UXXXXXXXX escape");
                        if ((uint)value > 0x10FFFF) throw UnicodeError(escapeStart, position, "illegal Unicode character");
                        output[count++] = value;
                        break;
                    }
                case (byte)'N':
                    output[count++] = ReadNamedEscape(body, ref i, ref position, escapeStart);
                    break;
                default:
                    // Unknown escapes stay as written (CPython only warns).
                    output[count++] = '\\';
                    i--;
                    position--;
                    break;
            }
        }
        return count;
    }

    private static int ReadHexEscape(ReadOnlySpan<byte> body, ref int i, ref int position, int digits, int escapeStart, string truncatedMessage)
    {
        uint value = 0;
        for (int n = 0; n < digits; n++)
        {
            int digit = i < body.Length ? HexValue(body[i]) : -1;
            if (digit < 0) throw UnicodeError(escapeStart, position, truncatedMessage);
            value = value * 16 + (uint)digit;
            i++;
            position++;
        }
        return value > int.MaxValue ? int.MaxValue : (int)value;
    }

    private static int ReadNamedEscape(ReadOnlySpan<byte> body, ref int i, ref int position, int escapeStart)
    {
        const string Malformed = "malformed \\N character escape";
        if (i >= body.Length || body[i] != '{') throw UnicodeError(escapeStart, position, Malformed);
        int nameStart = i + 1;
        int close = nameStart;
        // The name is ASCII in any valid escape; a non-ASCII byte counts 10 in CPython's
        // rewritten text, which only matters for the position of the error.
        int scanPosition = position + 1;
        while (close < body.Length && body[close] != '}')
        {
            scanPosition += body[close] < 0x80 ? 1 : (IsUtf8Lead(body[close]) ? 10 : 0);
            close++;
        }
        if (close >= body.Length || close == nameStart) throw UnicodeError(escapeStart, scanPosition, Malformed);
        int nameEndPosition = scanPosition + 1;
        string name = Encoding.UTF8.GetString(body[nameStart..close]);
        if (!UnicodeNames.TryLookup(name, out int codePoint))
            throw UnicodeError(escapeStart, nameEndPosition, "unknown Unicode character name");
        i = close + 1;
        position = nameEndPosition;
        return codePoint;
    }

    private static bool IsUtf8Lead(byte b) => (b & 0xC0) != 0x80;

    private static StringDecodeException InvalidUtf8(ReadOnlySpan<byte> bytes) =>
        new("(unicode error) " + Utf8Errors.Describe(bytes));

    private static StringDecodeException UnicodeError(int start, int endExclusive, string reason)
    {
        string where = endExclusive - start == 1
            ? $"byte 0x5c in position {start}"
            : $"bytes in position {start}-{endExclusive - 1}";
        return new StringDecodeException($"(unicode error) 'unicodeescape' codec can't decode {where}: {reason}");
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Decodes one UTF-8 sequence (the caller has validated it) and advances past it.</summary>
    internal static int DecodeUtf8CodePoint(ReadOnlySpan<byte> s, ref int i)
    {
        byte b = s[i];
        if (b < 0x80) { i++; return b; }
        if (b < 0xE0) { int cp = ((b & 0x1F) << 6) | (s[i + 1] & 0x3F); i += 2; return cp; }
        if (b < 0xF0) { int cp = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F); i += 3; return cp; }
        int cp4 = ((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
        i += 4;
        return cp4;
    }
}
