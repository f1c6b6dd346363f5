using System.Numerics;
using System.Text;
using Warden.Syntax.Ast;

namespace Warden.Objects;

/// <summary>
/// CPython 3.11's <c>repr</c> of the constant types: str, bytes, int, float, complex, bool,
/// None and Ellipsis. Used by the AST dump and by the runtime's <c>repr</c>. The
/// <c>Append*</c> methods write straight into a <see cref="StringBuilder"/> without
/// allocating; the <c>*Repr</c> methods return a new string for callers that want one.
/// </summary>
public static partial class PyRepr
{
    /// <summary>
    /// Appends <c>repr(value)</c> for a constant held in an AST <c>Constant</c> node: null
    /// (None), bool, long, int, <see cref="BigInteger"/>, double, <see cref="Complex"/>,
    /// string, <see cref="CodePointString"/>, byte[] or <see cref="EllipsisConstant"/>.
    /// </summary>
    /// <exception cref="Warden.Syntax.PythonFrontEndError">
    /// ValueError for an int with more than 4300 decimal digits (CPython's int_max_str_digits).
    /// </exception>
    /// <exception cref="ArgumentException">For a .NET type that is not a Python constant.</exception>
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case string s: AppendStr(sb, s); break;
            case long l: AppendInt(sb, l); break;
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case double d: AppendFloat(sb, d); break;
            case BigInteger big: AppendInt(sb, big); break;
            case Complex c: AppendComplex(sb, c); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case CodePointString cps: AppendStr(sb, cps.CodePoints); break;
            case EllipsisConstant: sb.Append("Ellipsis"); break;
            case int i: AppendInt(sb, i); break;
            default:
                throw new ArgumentException($"{value.GetType()} is not a Python constant type", nameof(value));
        }
    }

    /// <summary>Returns <c>repr(value)</c> for any type accepted by <see cref="AppendConstant"/>.</summary>
    public static string Repr(object? value)
    {
        switch (value)
        {
            case string s: return StrRepr(s);
            case null: return "None";
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr(d);
        }
        var sb = new StringBuilder();
        AppendConstant(sb, value);
        return sb.ToString();
    }
}
