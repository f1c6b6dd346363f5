using System.Globalization;
using System.Numerics;

namespace Warden.Syntax;

// Number literals: scanning with CPython 3.11's error rules, and conversion to values.
public sealed partial class Tokenizer
{
    private const int Failed = -2;
    private const int MaxDecimalDigits = 4300;

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;
    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    private int NextAt(ref int p) => p < buf.Length ? buf[p++] : -1;
    private static void Backup(ref int p, int c) { if (c != -1) p--; }

    private bool ScanNumber(int start)
    {
        int p = start;
        int c = NextAt(ref p);
        if (c == '.')
        {
            c = NextAt(ref p);
            return FinishDecimal(start, ref p, c, afterDot: true);
        }
        if (c != '0')
        {
            c = DecimalTail(ref p);
            if (c == Failed) return false;
            return FinishDecimal(start, ref p, c, afterDot: false);
        }
        c = NextAt(ref p);
        if (c == 'x' || c == 'X')
        {
            c = NextAt(ref p);
            do
            {
                if (c == '_') c = NextAt(ref p);
                if (!IsHexDigit(c))
                {
                    Backup(ref p, c);
                    FailAtCursor("invalid hexadecimal literal", p);
                    return false;
                }
                do c = NextAt(ref p); while (IsHexDigit(c));
            } while (c == '_');
            return VerifyEndOfNumber(ref p, c, "hexadecimal") && EmitNumber(start, ref p, c);
        }
        if (c == 'o' || c == 'O' || c == 'b' || c == 'B')
        {
            bool octal = c == 'o' || c == 'O';
            int limit = octal ? '8' : '2';
            string kind = octal ? "octal" : "binary";
            c = NextAt(ref p);
            do
            {
                if (c == '_') c = NextAt(ref p);
                if (c < '0' || c >= limit)
                {
                    if (IsDigit(c)) { FailAtCursor($"invalid digit '{(char)c}' in {kind} literal", p); return false; }
                    Backup(ref p, c);
                    FailAtCursor($"invalid {kind} literal", p);
                    return false;
                }
                do c = NextAt(ref p); while (c >= '0' && c < limit);
            } while (c == '_');
            if (IsDigit(c)) { FailAtCursor($"invalid digit '{(char)c}' in {kind} literal", p); return false; }
            return VerifyEndOfNumber(ref p, c, kind) && EmitNumber(start, ref p, c);
        }

        // "0", "00", "0_0", or a float/imaginary starting with 0; other digits after zeros are an error.
        bool nonZero = false;
        while (true)
        {
            if (c == '_')
            {
                c = NextAt(ref p);
                if (!IsDigit(c))
                {
                    Backup(ref p, c);
                    FailAtCursor("invalid decimal literal", p);
                    return false;
                }
            }
            if (c != '0') break;
            c = NextAt(ref p);
        }
        int zerosEnd = p;
        if (IsDigit(c))
        {
            nonZero = true;
            c = DecimalTail(ref p);
            if (c == Failed) return false;
        }
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J')
            return FinishDecimal(start, ref p, c, afterDot: false);
        if (nonZero)
        {
            Backup(ref p, c);
            // CPython gives this range in raw bytes.
            FailWithByteRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                start + 1 - lineStart, zerosEnd - lineStart, p);
            return false;
        }
        return VerifyEndOfNumber(ref p, c, "decimal") && EmitNumber(start, ref p, c);
    }

    /// <summary>Digits with single underscores between them; returns the first byte after them (consumed) or <see cref="Failed"/>.</summary>
    private int DecimalTail(ref int p)
    {
        int c;
        while (true)
        {
            do c = NextAt(ref p); while (IsDigit(c));
            if (c != '_') return c;
            c = NextAt(ref p);
            if (!IsDigit(c))
            {
                Backup(ref p, c);
                FailAtCursor("invalid decimal literal", p);
                return Failed;
            }
        }
    }

    /// <summary>The part after the integer digits: optional fraction, exponent and imaginary suffix. <paramref name="c"/> is consumed.</summary>
    private bool FinishDecimal(int start, ref int p, int c, bool afterDot)
    {
        if (!afterDot && c == '.')
        {
            c = NextAt(ref p);
            afterDot = true;
        }
        if (afterDot && IsDigit(c))
        {
            c = DecimalTail(ref p);
            if (c == Failed) return false;
        }
        if (c == 'e' || c == 'E')
        {
            int e = c;
            c = NextAt(ref p);
            if (c == '+' || c == '-')
            {
                c = NextAt(ref p);
                if (!IsDigit(c))
                {
                    Backup(ref p, c);
                    FailAtCursor("invalid decimal literal", p);
                    return false;
                }
            }
            else if (!IsDigit(c))
            {
                // "1else": the number ends before the 'e'.
                Backup(ref p, c);
                if (!VerifyEndOfNumber(ref p, e, "decimal")) return false;
                Backup(ref p, e);
                return EmitNumber(start, ref p, -1);
            }
            c = DecimalTail(ref p);
            if (c == Failed) return false;
        }
        if (c == 'j' || c == 'J')
        {
            c = NextAt(ref p);
            return VerifyEndOfNumber(ref p, c, "imaginary") && EmitNumber(start, ref p, c);
        }
        return VerifyEndOfNumber(ref p, c, "decimal") && EmitNumber(start, ref p, c);
    }

    /// <summary>
    /// CPython 3.11 lets a number run straight into "and", "else", "for", "if", "in", "is", "not"
    /// or "or" (with a deprecation warning); any other letter, digit or non-ASCII byte right after
    /// the number is an "invalid ... literal" error.
    /// </summary>
    private bool VerifyEndOfNumber(ref int p, int c, string kind)
    {
        bool keywordFollows = c switch
        {
            'a' => Follows(p, "nd"u8),
            'e' => Follows(p, "lse"u8),
            'f' => Follows(p, "or"u8),
            'i' => p < buf.Length && (buf[p] == 'f' || buf[p] == 'n' || buf[p] == 's'),
            'o' => Follows(p, "r"u8),
            'n' => Follows(p, "ot"u8),
            _ => false,
        };
        if (keywordFollows) return true;
        if (IsPotentialIdentifierChar(c))
        {
            Backup(ref p, c);
            FailAtCursor($"invalid {kind} literal", p);
            return false;
        }
        return true;
    }

    private bool Follows(int p, ReadOnlySpan<byte> text) =>
        p + text.Length <= buf.Length && buf.AsSpan(p, text.Length).SequenceEqual(text);

    private bool EmitNumber(int start, ref int p, int lastRead)
    {
        Backup(ref p, lastRead);
        int col = start - lineStart;
        Add(TokenKind.Number, start, p, line, col, line, p - lineStart);
        pos = p;
        return true;
    }

    /// <summary>
    /// The value of a Number token: long when an int fits, BigInteger otherwise, double for floats,
    /// Complex(0, x) for imaginary literals. Decimal ints longer than 4300 digits raise CPython's error.
    /// </summary>
    public object GetNumber(in Token t)
    {
        var raw = new ReadOnlySpan<byte>(buf, t.Start, t.End - t.Start);
        Span<char> small = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        int len = 0;
        foreach (byte b in raw) if (b != '_') small[len++] = (char)b;
        ReadOnlySpan<char> text = small[..len];
        char last = text[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0, double.Parse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture));
        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radixBits = (text[1] | 0x20) switch { 'x' => 4, 'o' => 3, _ => 1 };
            return ParseRadix(text[2..], radixBits);
        }
        if (text.IndexOfAny('.', 'e', 'E') >= 0)
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        // All-zero literals ("000") never reach CPython's digit limit check.
        if (text.Length > MaxDecimalDigits && text[0] != '0')
        {
            throw new PythonSyntaxError("SyntaxError",
                $"Exceeds the limit ({MaxDecimalDigits} digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
            {
                Filename = filename, Lineno = t.Line, Offset = 0, EndLineno = t.Line, EndOffset = 0,
                Text = GetLineText(t.Line - lineOffset),
            };
        }
        if (text[0] == '0') return 0L;
        if (text.Length <= 18) return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;
    }

    private static object ParseRadix(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        if ((long)digits.Length * bitsPerDigit <= 63)
        {
            long value = 0;
            foreach (char c in digits) value = (value << bitsPerDigit) | (uint)HexValue(c);
            return value;
        }
        // Pack the bits from the least significant digit up: linear even for huge literals.
        var bytes = new byte[(int)(((long)digits.Length * bitsPerDigit + 7) / 8)];
        int byteIndex = 0, bitCount = 0;
        uint pending = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            pending |= (uint)HexValue(digits[i]) << bitCount;
            bitCount += bitsPerDigit;
            while (bitCount >= 8)
            {
                bytes[byteIndex++] = (byte)pending;
                pending >>= 8;
                bitCount -= 8;
            }
        }
        if (bitCount > 0) bytes[byteIndex] = (byte)pending;
        var big = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
