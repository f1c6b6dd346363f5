using System.Globalization;
using System.Numerics;
using System.Text;
using Warden.Syntax;

namespace Warden.Objects;

public static partial class PyRepr
{
    /// <summary>Appends <c>repr(value)</c> for an int that fits in a long.</summary>
    public static void AppendInt(StringBuilder sb, long value)
    {
        Span<char> buffer = stackalloc char[20];
        // The invariant culture pins the minus sign to '-' whatever the current culture.
        value.TryFormat(buffer, out int length, default, CultureInfo.InvariantCulture);
        sb.Append(buffer[..length]);
    }

    /// <summary>Appends <c>repr(value)</c> for an int of any size.</summary>
    /// <exception cref="PythonFrontEndError">ValueError when it has more digits than <c>sys.get_int_max_str_digits()</c>.</exception>
    public static void AppendInt(StringBuilder sb, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            AppendInt(sb, (long)value);
            return;
        }
        ThrowIfTooManyDigits(value);
        sb.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Returns <c>repr(value)</c> for an int of any size.</summary>
    /// <exception cref="PythonFrontEndError">ValueError when it has more digits than <c>sys.get_int_max_str_digits()</c>.</exception>
    public static string IntRepr(BigInteger value)
    {
        var sb = new StringBuilder();
        AppendInt(sb, value);
        return sb.ToString();
    }

    /// <summary>Raises CPython's ValueError when <paramref name="value"/> has more digits than <c>sys.get_int_max_str_digits()</c>.</summary>
    public static void ThrowIfTooManyDigits(BigInteger value)
    {
        if (IntMaxStrDigits.ToStrError(value) is { } message) throw new PythonFrontEndError("ValueError", message);
    }
}
