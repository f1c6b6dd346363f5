using System.Text;

namespace Warden.Objects;

/// <summary>
/// CPython 3.11's <c>repr</c> of the constant types: str, bytes, int, float, complex, bool,
/// None and Ellipsis. Used by the AST dump and, later, by the runtime's <c>repr</c>.
/// </summary>
public static partial class PyRepr
{
    /// <summary>Appends <c>repr(value)</c> for a constant held in an AST <c>Constant</c> node.</summary>
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        throw new NotImplementedException("PyRepr.AppendConstant");
    }

    /// <summary>Appends <c>repr(s)</c> for a str.</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        throw new NotImplementedException("PyRepr.AppendStr");
    }
}
