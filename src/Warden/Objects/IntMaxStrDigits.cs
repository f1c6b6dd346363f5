using System.Numerics;

namespace Warden.Objects;

/// <summary>
/// <c>sys.set_int_max_str_digits()</c>: the largest number of decimal digits an int may have when
/// converted to or from a str (0: no limit). CPython added it against quadratic-time conversions
/// of huge ints; it is per interpreter, so it lives in the running <see cref="Runtime.PythonContext"/>.
/// </summary>
public static class IntMaxStrDigits
{
    /// <summary>CPython 3.11's default limit (<c>sys.int_info.default_max_str_digits</c>).</summary>
    public const int Default = 4300;

    /// <summary>The smallest non-zero limit (<c>sys.int_info.str_digits_check_threshold</c>).</summary>
    public const int Threshold = 640;

    // log2(10): an int of b bits has at most ceil(b / log2(10)) + 1 decimal digits.
    private const double BitsPerDecimalDigit = 3.3219280948873626;

    [ThreadStatic] private static (int Limit, BigInteger SmallestTooLong) t_smallestTooLong;

    /// <summary>The limit of the interpreter the current thread runs (the default when it has none).</summary>
    public static int Current => Runtime.ThreadState.CurrentContextOrNull?.IntMaxStrDigits ?? Default;

    /// <summary>
    /// CPython's ValueError message when <paramref name="value"/> has too many digits for str(),
    /// or null when it may be converted. Decides from the bit length alone except in the narrow
    /// band where that cannot tell, so a huge int is refused without converting it.
    /// </summary>
    public static string? ToStrError(BigInteger value)
    {
        // Every int below 2**(Threshold * log2(10)) has at most Threshold digits: no context lookup needed.
        long bits = (long)BigInteger.Abs(value).GetBitLength();
        if (bits <= (long)(Threshold * BitsPerDecimalDigit)) return null;
        int limit = Current;
        if (limit == 0) return null;
        // |value| has more than `limit` digits exactly when |value| >= 10**limit.
        double boundaryBits = limit * BitsPerDecimalDigit;
        if (bits < boundaryBits - 1) return null;
        if (bits <= boundaryBits + 1 && BigInteger.Abs(value) < SmallestWithMoreDigitsThan(limit)) return null;
        return $"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
    }

    /// <summary>
    /// CPython's ValueError message when a decimal (non power-of-two base) int literal of
    /// <paramref name="digitCount"/> digits is too long for int(), or null when it is allowed.
    /// </summary>
    public static string? FromStrError(int digitCount)
    {
        if (digitCount <= Threshold) return null;
        int limit = Current;
        if (limit == 0 || digitCount <= limit) return null;
        return $"Exceeds the limit ({limit} digits) for integer string conversion: value has {digitCount} digits; use sys.set_int_max_str_digits() to increase the limit";
    }

    /// <summary>10**limit, cached per thread for the last limit seen.</summary>
    private static BigInteger SmallestWithMoreDigitsThan(int limit)
    {
        var cached = t_smallestTooLong;
        if (cached.Limit == limit && !cached.SmallestTooLong.IsZero) return cached.SmallestTooLong;
        var power = BigInteger.Pow(10, limit);
        t_smallestTooLong = (limit, power);
        return power;
    }
}
