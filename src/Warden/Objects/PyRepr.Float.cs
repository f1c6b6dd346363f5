using System.Globalization;
using System.Text;

namespace Warden.Objects;

public static partial class PyRepr
{
    // Longest output: sign, 17 digits, "0." plus up to 4 leading zeros, or "e-324": < 32.
    private const int FloatBufferLength = 32;

    /// <summary>Appends <c>repr(value)</c> for a float: the shortest string that round-trips.</summary>
    public static void AppendFloat(StringBuilder sb, double value)
    {
        Span<char> buffer = stackalloc char[FloatBufferLength];
        int length = FormatFloat(buffer, value, addDotZero: true, forceSign: false);
        sb.Append(buffer[..length]);
    }

    /// <summary>Returns <c>repr(value)</c> for a float.</summary>
    public static string FloatRepr(double value)
    {
        Span<char> buffer = stackalloc char[FloatBufferLength];
        int length = FormatFloat(buffer, value, addDotZero: true, forceSign: false);
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Formats <paramref name="value"/> as CPython's <c>float_repr_style == 'short'</c> does
    /// for format code 'r': shortest round-tripping digits, exponent notation when the decimal
    /// exponent is below -4 or at least 16, positional otherwise.
    /// </summary>
    /// <param name="destination">At least 32 chars.</param>
    /// <param name="value">The float.</param>
    /// <param name="addDotZero">Append ".0" to integral positional output (float repr, not complex parts).</param>
    /// <param name="forceSign">Write '+' for non-negative values and NaN (complex imaginary parts).</param>
    /// <returns>Number of chars written.</returns>
    internal static int FormatFloat(Span<char> destination, double value, bool addDotZero, bool forceSign)
    {
        int pos = 0;
        if (double.IsNaN(value))
        {
            // Python never shows a sign on NaN except the forced '+'.
            if (forceSign) destination[pos++] = '+';
            "nan".CopyTo(destination[pos..]);
            return pos + 3;
        }
        if (double.IsNegative(value)) destination[pos++] = '-';
        else if (forceSign) destination[pos++] = '+';
        if (double.IsInfinity(value))
        {
            "inf".CopyTo(destination[pos..]);
            return pos + 3;
        }
        if (value == 0)
        {
            destination[pos++] = '0';
            if (addDotZero)
            {
                destination[pos++] = '.';
                destination[pos++] = '0';
            }
            return pos;
        }

        Span<char> digits = stackalloc char[FloatBufferLength];
        int digitCount = ShortestDigits(Math.Abs(value), digits, out int decimalPoint);
        digits = digits[..digitCount];

        int exponent = decimalPoint - 1;
        if (exponent < -4 || exponent >= 16)
        {
            destination[pos++] = digits[0];
            if (digitCount > 1)
            {
                destination[pos++] = '.';
                digits[1..].CopyTo(destination[pos..]);
                pos += digitCount - 1;
            }
            destination[pos++] = 'e';
            destination[pos++] = exponent < 0 ? '-' : '+';
            int magnitude = Math.Abs(exponent);
            if (magnitude >= 100) destination[pos++] = (char)('0' + magnitude / 100);
            destination[pos++] = (char)('0' + magnitude / 10 % 10);
            destination[pos++] = (char)('0' + magnitude % 10);
            return pos;
        }

        if (decimalPoint <= 0)
        {
            destination[pos++] = '0';
            destination[pos++] = '.';
            destination.Slice(pos, -decimalPoint).Fill('0');
            pos += -decimalPoint;
            digits.CopyTo(destination[pos..]);
            return pos + digitCount;
        }
        if (decimalPoint >= digitCount)
        {
            digits.CopyTo(destination[pos..]);
            pos += digitCount;
            destination.Slice(pos, decimalPoint - digitCount).Fill('0');
            pos += decimalPoint - digitCount;
            if (addDotZero)
            {
                destination[pos++] = '.';
                destination[pos++] = '0';
            }
            return pos;
        }
        digits[..decimalPoint].CopyTo(destination[pos..]);
        pos += decimalPoint;
        destination[pos++] = '.';
        digits[decimalPoint..].CopyTo(destination[pos..]);
        return pos + digitCount - decimalPoint;
    }

    /// <summary>
    /// The shortest decimal digits that round-trip a positive finite double, without leading
    /// or trailing zeros, and the position of the decimal point relative to them
    /// (value = 0.DIGITS * 10**decimalPoint).
    /// </summary>
    private static int ShortestDigits(double positive, Span<char> digits, out int decimalPoint)
    {
        // .NET's "R" yields the shortest round-tripping digits, in either positional
        // ("123.45", "0.0001") or exponent ("1.5E+300", "1E-05") form; only the digits and
        // the exponent are taken from it, the layout is Python's.
        Span<char> text = stackalloc char[FloatBufferLength];
        positive.TryFormat(text, out int textLength, "R", CultureInfo.InvariantCulture);
        text = text[..textLength];

        int exponentAt = text.IndexOf('E');
        int exponent = 0;
        if (exponentAt >= 0)
        {
            exponent = int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..exponentAt];
        }

        int count = 0;
        int integerDigits = -1;
        bool seenNonZero = false;
        int leadingZeros = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                integerDigits = i;
                continue;
            }
            if (!seenNonZero && c == '0')
            {
                leadingZeros++;
                continue;
            }
            seenNonZero = true;
            digits[count++] = c;
        }
        if (integerDigits < 0) integerDigits = text.Length;
        while (count > 1 && digits[count - 1] == '0') count--;
        decimalPoint = integerDigits - leadingZeros + exponent;
        return count;
    }
}
