using System.Runtime.CompilerServices;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

public static partial class PyOps
{
    internal static readonly string[] BinaryNames =
        ["__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"];
    internal static readonly string[] ReflectedNames =
        ["__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"];
    internal static readonly string[] InplaceNames =
        ["__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"];
    private static readonly string[] s_symbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];

    /// <summary>A binary operator; <paramref name="op"/> is a <see cref="BinaryOperator"/> plus <see cref="OpcodeInfo.InplaceOffset"/> for in-place forms.</summary>
    public static PyObject BinaryOp(PyObject a, PyObject b, int op)
    {
        var bop = (BinaryOperator)(op & 0xF);
        if (a is PyInt x && b is PyInt y) return IntBinary(x, y, bop) ?? BinaryOpGeneric(a, b, op);
        if (a is PyFloat || b is PyFloat)
        {
            if (TryFloatOperands(a, b, out double fx, out double fy))
                return FloatBinary(fx, fy, bop) ?? BinaryOpGeneric(a, b, op);
        }
        if (bop == BinaryOperator.Add && a is PyStr sa && b is PyStr sb) return PyStr.Concat(sa, sb);
        // Builtin operands (str %, list +, tuple *, set |, ...) need no special-method dispatch.
        if (op < OpcodeInfo.InplaceOffset || a is not (PyList or PyDict or PySet))
        {
            if (!a.Type.IsHeapType && !b.Type.IsHeapType && BuiltinBinary(a, b, bop) is { } result) return result;
        }
        return BinaryOpGeneric(a, b, op);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFloatOperands(PyObject a, PyObject b, out double x, out double y)
    {
        if (a is PyFloat fa) x = fa.Value;
        else if (a is PyInt ia) x = ia.ToDouble();
        else { x = y = 0; return false; }
        if (b is PyFloat fb) y = fb.Value;
        else if (b is PyInt ib) y = ib.ToDouble();
        else { y = 0; return false; }
        return true;
    }

    /// <summary>int op int; null when the operator does not apply (NotImplemented).</summary>
    internal static PyObject? IntBinary(PyInt x, PyInt y, BinaryOperator op) => op switch
    {
        BinaryOperator.Add => PyInt.Add(x, y),
        BinaryOperator.Subtract => PyInt.Subtract(x, y),
        BinaryOperator.Multiply => PyInt.Multiply(x, y),
        BinaryOperator.TrueDivide => PyInt.TrueDivide(x, y),
        BinaryOperator.FloorDivide => PyInt.FloorDivide(x, y),
        BinaryOperator.Modulo => PyInt.Modulo(x, y),
        BinaryOperator.Power => PyInt.Power(x, y),
        BinaryOperator.LeftShift => PyInt.LeftShift(x, y),
        BinaryOperator.RightShift => PyInt.RightShift(x, y),
        BinaryOperator.And => PyInt.And(x, y),
        BinaryOperator.Or => PyInt.Or(x, y),
        BinaryOperator.Xor => PyInt.Xor(x, y),
        _ => null,
    };

    internal static PyObject? FloatBinary(double x, double y, BinaryOperator op)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(x + y);
            case BinaryOperator.Subtract: return new PyFloat(x - y);
            case BinaryOperator.Multiply: return new PyFloat(x * y);
            case BinaryOperator.TrueDivide:
                if (y == 0) throw PyExc.ZeroDivisionError("float division by zero");
                return new PyFloat(x / y);
            case BinaryOperator.FloorDivide: return PyFloat.FloorDivide(x, y);
            case BinaryOperator.Modulo: return PyFloat.Modulo(x, y);
            case BinaryOperator.Power: return PyFloat.Power(x, y);
            default: return null;
        }
    }

    /// <summary>The builtin implementation of a binary operator for builtin operands; null means NotImplemented.</summary>
    internal static PyObject? BuiltinBinary(PyObject a, PyObject b, BinaryOperator op)
    {
        a = Unwrap(a);
        b = Unwrap(b);
        if (a is PyInt x && b is PyInt y) return IntBinary(x, y, op);
        if (a is PyComplex || b is PyComplex) return PyComplex.Binary(a, b, op);
        if ((a is PyFloat || b is PyFloat) && TryFloatOperands(a, b, out double fx, out double fy)) return FloatBinary(fx, fy, op);
        switch (op)
        {
            case BinaryOperator.Add:
                if (a is PyStr sa && b is PyStr sb) return PyStr.Concat(sa, sb);
                if (a is PyList la && b is PyList lb)
                {
                    var r = new PyList(la.Count + lb.Count);
                    Array.Copy(la.Items, r.Items, la.Count);
                    Array.Copy(lb.Items, 0, r.Items, la.Count, lb.Count);
                    r.Count = la.Count + lb.Count;
                    return r;
                }
                if (a is PyTuple ta && b is PyTuple tb)
                {
                    if (tb.Length == 0) return ta;
                    if (ta.Length == 0) return tb;
                    return new PyTuple([.. ta.Items, .. tb.Items]);
                }
                if (a is PyBytes ba && b is PyBytes bb) return new PyBytes([.. ba.Value, .. bb.Value]);
                return null;
            case BinaryOperator.Multiply:
                if (b is PyInt n1 && a is PyStr or PyList or PyTuple or PyBytes) return RepeatSequence(a, n1);
                if (a is PyInt n2 && b is PyStr or PyList or PyTuple or PyBytes) return RepeatSequence(b, n2);
                return null;
            case BinaryOperator.Modulo:
                if (a is PyStr fmt) return PyStr.From(Formatting.PercentFormat(fmt.Value, b));
                return null;
            case BinaryOperator.Or:
                if (a is PyDict da && b is PyDict db)
                {
                    var r = da.Copy();
                    foreach (var kv in db.Items) r.SetItem(kv.Key, kv.Value);
                    return r;
                }
                if (a is PySet && b is PySet) return SetMethods.Operate(a, b, op);
                return null;
            case BinaryOperator.And:
            case BinaryOperator.Subtract:
            case BinaryOperator.Xor:
                if (a is PySet && b is PySet) return SetMethods.Operate(a, b, op);
                return null;
        }
        return null;
    }

    private static PyObject RepeatSequence(PyObject seq, PyInt count)
    {
        long n = count.IsSmall ? Math.Max(0, count.Small) : (count.Sign < 0 ? 0 : long.MaxValue);
        long length = Length(seq);
        if (n > 0 && length > 0 && length * (double)n > int.MaxValue / 2)
            throw PyExc.MemoryError("");
        int total = (int)(length * n);
        switch (seq)
        {
            case PyStr s:
            {
                if (n == 0 || s.Value.Length == 0) return PyStr.Empty;
                if (n == 1) return s;
                var sb = new System.Text.StringBuilder(s.Value.Length * (int)n);
                for (long i = 0; i < n; i++) sb.Append(s.Value);
                return new PyStr(sb.ToString());
            }
            case PyList l:
            {
                var r = new PyList(total);
                for (long i = 0; i < n; i++) Array.Copy(l.Items, 0, r.Items, i * l.Count, l.Count);
                r.Count = total;
                return r;
            }
            case PyTuple t:
            {
                if (n == 1) return t;
                var items = new PyObject[total];
                for (long i = 0; i < n; i++) Array.Copy(t.Items, 0, items, i * t.Length, t.Length);
                return PyTuple.Create(items);
            }
            case PyBytes b:
            {
                var bytes = new byte[total];
                for (long i = 0; i < n; i++) Array.Copy(b.Value, 0, bytes, i * b.Value.Length, b.Value.Length);
                return new PyBytes(bytes);
            }
        }
        throw new InvalidOperationException();
    }

    private static PyObject BinaryOpGeneric(PyObject a, PyObject b, int op)
    {
        bool inplace = op >= OpcodeInfo.InplaceOffset;
        int index = op & 0xF;
        var ta = a.Type;
        var tb = b.Type;
        var slotsA = ta.GetSlots();
        if (inplace)
        {
            var im = slotsA.Inplace(index);
            if (im is not null)
            {
                var r = CallSpecial(im, a, b);
                if (r is not PyNotImplemented) return r;
            }
        }
        var lm = slotsA.Binary(index);
        var rm = ReferenceEquals(ta, tb) ? null : tb.GetSlots().Reflected(index);
        if (rm is not null && tb.IsSubtypeOf(ta) && !ReferenceEquals(rm, slotsA.Reflected(index)))
        {
            var r = CallSpecial(rm, b, a);
            if (r is not PyNotImplemented) return r;
            rm = null;
        }
        if (lm is not null)
        {
            var r = CallSpecial(lm, a, b);
            if (r is not PyNotImplemented) return r;
        }
        if (rm is not null)
        {
            var r = CallSpecial(rm, b, a);
            if (r is not PyNotImplemented) return r;
        }
        var bop = (BinaryOperator)index;
        var ua = Unwrap(a);
        if (bop == BinaryOperator.Add && ua is PyBytes or PyByteArray)
            throw PyExc.TypeError($"can't concat {tb.Name} to {ta.Name}");
        if (bop == BinaryOperator.Add && ua is PyStr or PyList or PyTuple)
            throw PyExc.TypeError($"can only concatenate {ta.Name} (not \"{tb.Name}\") to {ta.Name}");
        if (bop == BinaryOperator.Multiply && (ua is PyStr or PyList or PyTuple or PyBytes or PyByteArray || Unwrap(b) is PyStr or PyList or PyTuple or PyBytes or PyByteArray))
        {
            var other = ua is PyStr or PyList or PyTuple or PyBytes or PyByteArray ? b : a;
            // Any object with __index__ repeats a sequence, as an int would.
            var sequence = Unwrap(ReferenceEquals(other, b) ? a : b);
            if (other.Type.Lookup("__index__") is not null && sequence is PyStr or PyList or PyTuple or PyBytes)
                return RepeatSequence(sequence, Index(other));
            throw PyExc.TypeError($"can't multiply sequence by non-int of type '{other.Type.NativeName}'");
        }
        string symbol = s_symbols[index] + (inplace ? "=" : "");
        if (bop == BinaryOperator.Power && !inplace) symbol = "** or pow()";
        throw PyExc.TypeError($"unsupported operand type(s) for {symbol}: '{ta.NativeName}' and '{tb.NativeName}'");
    }

    public static PyObject Negative(PyObject o)
    {
        if (o is PyInt i) return PyInt.Negate(i);
        if (o is PyFloat f) return new PyFloat(-f.Value);
        return UnaryGeneric(o, "__neg__", "-");
    }

    public static PyObject Positive(PyObject o)
    {
        if (o is PyInt i) return i.IsBool ? PyInt.FromLong(i.Small) : i;
        if (o is PyFloat) return o;
        return UnaryGeneric(o, "__pos__", "+");
    }

    public static PyObject Invert(PyObject o)
    {
        if (o is PyInt i) return PyInt.Invert(i);
        return UnaryGeneric(o, "__invert__", "~");
    }

    private static PyObject UnaryGeneric(PyObject o, string name, string symbol)
    {
        var m = o.Type.Lookup(name);
        if (m is null) throw PyExc.TypeError($"bad operand type for unary {symbol}: '{o.Type.NativeName}'");
        return CallSpecial(m, o);
    }
}
