using System.Numerics;
using System.Text;

namespace Warden.Objects;

public static partial class PyRepr
{
    /// <summary>
    /// Appends <c>repr(value)</c> for a complex: <c>1.5j</c> when the real part is +0.0,
    /// otherwise <c>(re+imj)</c>; parts use float repr digits without the ".0" suffix.
    /// </summary>
    public static void AppendComplex(StringBuilder sb, Complex value)
    {
        Span<char> buffer = stackalloc char[2 * FloatBufferLength + 3];
        int length = FormatComplex(buffer, value);
        sb.Append(buffer[..length]);
    }

    /// <summary>Returns <c>repr(value)</c> for a complex.</summary>
    public static string ComplexRepr(Complex value)
    {
        Span<char> buffer = stackalloc char[2 * FloatBufferLength + 3];
        int length = FormatComplex(buffer, value);
        return new string(buffer[..length]);
    }

    private static int FormatComplex(Span<char> destination, Complex value)
    {
        double real = value.Real;
        if (real == 0 && !double.IsNegative(real))
        {
            int imaginaryOnly = FormatFloat(destination, value.Imaginary, addDotZero: false, forceSign: false);
            destination[imaginaryOnly] = 'j';
            return imaginaryOnly + 1;
        }
        int pos = 0;
        destination[pos++] = '(';
        pos += FormatFloat(destination[pos..], real, addDotZero: false, forceSign: false);
        pos += FormatFloat(destination[pos..], value.Imaginary, addDotZero: false, forceSign: true);
        destination[pos++] = 'j';
        destination[pos++] = ')';
        return pos;
    }
}
