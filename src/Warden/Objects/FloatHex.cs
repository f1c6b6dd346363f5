using System.Globalization;
using System.Numerics;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary><c>float.hex()</c> and <c>float.fromhex()</c>: exact hexadecimal float notation.</summary>
internal static class FloatHex
{
    public static string ToHex(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(value) ? "-" : "";
        if (value == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int biased = (int)(bits >> 52);
        // Subnormals keep a leading 0 and the minimum exponent.
        string lead = biased == 0 ? "0" : "1";
        int exponent = biased == 0 ? -1022 : biased - 1023;
        return $"{sign}0x{lead}.{mantissa:x13}p{(exponent >= 0 ? "+" : "")}{exponent}";
    }

    public static double FromHex(string text)
    {
        static PythonException Invalid() => PyExc.ValueError("invalid hexadecimal floating-point string");
        string s = text.Trim(' ', '\t', '\n', '\r', '\f', '\v');
        int i = 0;
        bool negative = false;
        if (i < s.Length && s[i] is '+' or '-') negative = s[i++] == '-';
        string rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) rest = rest[2..];
        BigInteger mantissa = BigInteger.Zero;
        long exponent = 0;
        int digits = 0, p = 0;
        bool seenPoint = false;
        for (; p < rest.Length; p++)
        {
            char c = rest[p];
            if (c == '.' && !seenPoint) { seenPoint = true; continue; }
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) break;
            mantissa = mantissa * 16 + d;
            digits++;
            if (seenPoint) exponent -= 4;
        }
        if (digits == 0) throw Invalid();
        if (p < rest.Length)
        {
            if (rest[p] != 'p' || p + 1 >= rest.Length) throw Invalid();
            if (!long.TryParse(rest.AsSpan(p + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long e)) throw Invalid();
            exponent += e;
        }
        if (mantissa.IsZero) return negative ? -0.0 : 0.0;
        // Round the mantissa to 53 significant bits (ties to even), keeping subnormals' reduced precision.
        long bitLength = (long)mantissa.GetBitLength();
        long topExponent = bitLength + exponent - 1;
        if (topExponent > 1023) throw PyExc.OverflowError("hexadecimal value too large to represent as a float");
        long keep = topExponent < -1022 ? 53 - (-1022 - topExponent) : 53;
        if (keep < 0) return negative ? -0.0 : 0.0;
        long drop = bitLength - keep;
        if (drop > 0)
        {
            var half = BigInteger.One << (int)(drop - 1);
            var remainder = mantissa & ((BigInteger.One << (int)drop) - 1);
            mantissa >>= (int)drop;
            exponent += drop;
            if (remainder > half || (remainder == half && !mantissa.IsEven)) mantissa += 1;
        }
        double result = Math.ScaleB((double)mantissa, (int)Math.Clamp(exponent, int.MinValue, int.MaxValue));
        if (double.IsInfinity(result)) throw PyExc.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }
}
