using System.Numerics;
using Warden.Objects;
using Warden.Syntax.Ast;

namespace Warden.Compiler;

/// <summary>
/// The Python object for a <see cref="Constant"/> node's value, shared by the code generator
/// (code-object constants) and <c>ast</c> (the <c>value</c> of <c>ast.Constant</c>).
/// </summary>
internal static class ConstantObjects
{
    /// <summary>The object for <paramref name="value"/>, or null for a value kind the parser never produces.</summary>
    public static PyObject? ToPython(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyInt.FromBool(b),
        long l => PyInt.FromLong(l),
        BigInteger big => PyInt.FromBig(big),
        double d => new PyFloat(d),
        string s => PyStr.From(s),
        CodePointString cps => PyStr.From(string.Concat(cps.CodePoints.Select(cp => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp)))),
        EllipsisConstant => PyEllipsis.Instance,
        byte[] bytes => new PyBytes(bytes),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        _ => null,
    };
}
