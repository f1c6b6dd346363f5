using System.Globalization;
using System.Numerics;
using System.Text;
using Warden.Syntax;

namespace Warden.Objects;

public static partial class PyRepr
{
    /// <summary>
    /// CPython 3.11's default <c>sys.get_int_max_str_digits()</c>: converting an int with more
    /// decimal digits than this to a str raises ValueError (a guard against quadratic-time
    /// conversions of huge ints).
    /// </summary>
    public const int MaxStrDigits = 4300;

    /// <summary>CPython 3.11's message when int-to-str conversion exceeds <see cref="MaxStrDigits"/>.</summary>
    public const string IntMaxStrDigitsMessage =
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";

    // 10**4300 is the smallest magnitude with 4301 digits; 2**14284 < 10**4300 < 2**14285.
    private const long BitLengthOfSmallestTooLong = 14285;

    /// <summary>Appends <c>repr(value)</c> for an int that fits in a long.</summary>
    public static void AppendInt(StringBuilder sb, long value)
    {
        Span<char> buffer = stackalloc char[20];
        // The invariant culture pins the minus sign to '-' whatever the current culture.
        value.TryFormat(buffer, out int length, default, CultureInfo.InvariantCulture);
        sb.Append(buffer[..length]);
    }

    /// <summary>Appends <c>repr(value)</c> for an int of any size.</summary>
    /// <exception cref="PythonFrontEndError">ValueError when it has more than <see cref="MaxStrDigits"/> digits.</exception>
    public static void AppendInt(StringBuilder sb, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            AppendInt(sb, (long)value);
            return;
        }
        ThrowIfTooManyDigits(value);
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(MaxStrDigits + 2);
        value.TryFormat(buffer, out int length, default, CultureInfo.InvariantCulture);
        sb.Append(buffer, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>Returns <c>repr(value)</c> for an int of any size.</summary>
    /// <exception cref="PythonFrontEndError">ValueError when it has more than <see cref="MaxStrDigits"/> digits.</exception>
    public static string IntRepr(BigInteger value)
    {
        var sb = new StringBuilder();
        AppendInt(sb, value);
        return sb.ToString();
    }

    /// <summary>
    /// Raises CPython's ValueError when <paramref name="value"/> has more than
    /// <see cref="MaxStrDigits"/> decimal digits, deciding from the bit length without
    /// converting, except in the narrow band where the bit length alone cannot tell.
    /// </summary>
    public static void ThrowIfTooManyDigits(BigInteger value)
    {
        // For negatives GetBitLength may be one less than the magnitude's bit length, hence the margins.
        long bits = value.GetBitLength();
        if (bits < BitLengthOfSmallestTooLong - 1) return;
        if (bits > BitLengthOfSmallestTooLong + 1 || BigInteger.Abs(value) >= SmallestTooLong.Value)
        {
            throw new PythonFrontEndError("ValueError", IntMaxStrDigitsMessage);
        }
    }

    /// <summary>Holds 10**4300, built only when a number that large is first seen.</summary>
    private static class SmallestTooLong
    {
        public static readonly BigInteger Value = BigInteger.Pow(10, MaxStrDigits);
    }
}
