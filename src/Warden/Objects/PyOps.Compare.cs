using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

public static partial class PyOps
{
    private static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly string[] s_compareSymbols = ["<", "<=", "==", "!=", ">", ">="];
    private static readonly ComparisonOperator[] s_reflected =
    [
        ComparisonOperator.Greater, ComparisonOperator.GreaterEqual, ComparisonOperator.Equal,
        ComparisonOperator.NotEqual, ComparisonOperator.Less, ComparisonOperator.LessEqual,
    ];

    /// <summary><c>a == b</c> as a bool (identity implies equality, as in CPython's containers).</summary>
    public static bool Eq(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib) return PyInt.Equal(ia, ib);
        return IsTrue(RichCompare(a, b, ComparisonOperator.Equal));
    }

    /// <summary><c>hash(o)</c>.</summary>
    public static long Hash(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Hash;
            case PyInt i: return i.Hash();
            case PyFloat f: return PyFloat.Hash(f.Value);
            case PyComplex c: return c.Hash();
            case PyNone: return 0xFCA86420;
            case PyTuple t when !o.Type.IsHeapType: return TupleHash(t);
            case PyType or PyFunction or PyBuiltinFunction: return IdentityHash(o);
        }
        var slot = o.Type.GetSlots().Hash;
        if (slot is null || slot is PyNone) throw PyExc.TypeError($"unhashable type: '{o.Type.NativeName}'");
        var r = CallSpecial(slot, o);
        if (r is not PyInt h) throw PyExc.TypeError("__hash__ method should return an integer");
        long v = h.IsSmall ? h.Small : h.Hash();
        return v == -1 ? -2 : v;
    }

    private static long TupleHash(PyTuple t)
    {
        // An xxHash-style combination like CPython's, so equal tuples hash equally.
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        ulong acc = prime5;
        foreach (var item in t.Items)
        {
            ulong lane = (ulong)Hash(item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= prime1;
        }
        acc += (ulong)t.Length ^ (prime5 ^ 3527539UL);
        long result = (long)acc;
        return result == -1 ? 1546275796 : result;
    }

    /// <summary>Rich comparison returning the result object (<c>a &lt; b</c> etc.).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, ComparisonOperator op)
    {
        if (a is PyInt ia && b is PyInt ib) return PyInt.FromBool(CompareResult(PyInt.Compare(ia, ib), op));
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return PyInt.FromBool(CompareDoubles(fa.Value, fb.Value, op));
            if (b is PyInt ib2) return PyInt.FromBool(CompareFloatInt(fa.Value, ib2, op));
        }
        else if (a is PyInt ia2 && b is PyFloat fb2)
            return PyInt.FromBool(CompareFloatInt(fb2.Value, ia2, s_reflected[(int)op]));
        if (a is PyStr sa && b is PyStr sb && !a.Type.IsHeapType && !b.Type.IsHeapType)
            return PyInt.FromBool(CompareResult(CompareStrings(sa.Value, sb.Value), op));
        if (a is PyTuple ta && b is PyTuple tb && !a.Type.IsHeapType && !b.Type.IsHeapType)
            return CompareLeafTuples(ta.Items, tb.Items, op) ?? CompareSequences(ta.Items, ta.Length, tb.Items, tb.Length, op);
        return RichCompareGeneric(a, b, op);
    }

    /// <summary>
    /// Tuples of ints and strs (sort keys such as <c>(v % 10, v)</c>) compared without the
    /// method lookup and re-entry accounting of the general path, with the same result; null as
    /// soon as another kind of item decides, which the general path then compares.
    /// </summary>
    private static PyObject? CompareLeafTuples(PyObject[] a, PyObject[] b, ComparisonOperator op)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            PyObject x = a[i], y = b[i];
            if (ReferenceEquals(x, y)) continue;
            int c;
            if (x is PyInt ix && y is PyInt iy) c = PyInt.Compare(ix, iy);
            else if (x is PyStr sx && y is PyStr sy && !x.Type.IsHeapType && !y.Type.IsHeapType) c = CompareStrings(sx.Value, sy.Value);
            else return null;
            if (c == 0) continue;
            if (op == ComparisonOperator.Equal) return PyInt.False;
            if (op == ComparisonOperator.NotEqual) return PyInt.True;
            return PyInt.FromBool(CompareResult(c, op));
        }
        return PyInt.FromBool(CompareResult(a.Length.CompareTo(b.Length), op));
    }

    public static bool CompareBool(PyObject a, PyObject b, ComparisonOperator op)
    {
        if (a is PyInt ia && b is PyInt ib) return CompareResult(PyInt.Compare(ia, ib), op);
        return IsTrue(RichCompare(a, b, op));
    }

    /// <summary>Ordinal comparison by code point (UTF-16 order differs for astral vs. high-BMP chars).</summary>
    public static int CompareStrings(string a, string b)
    {
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length) return a.Length.CompareTo(b.Length);
        char x = a[i], y = b[i];
        if (char.IsSurrogate(x) || char.IsSurrogate(y))
        {
            int cx = char.IsHighSurrogate(x) && i + 1 < a.Length && char.IsLowSurrogate(a[i + 1]) ? char.ConvertToUtf32(x, a[i + 1]) : x;
            int cy = char.IsHighSurrogate(y) && i + 1 < b.Length && char.IsLowSurrogate(b[i + 1]) ? char.ConvertToUtf32(y, b[i + 1]) : y;
            return cx.CompareTo(cy);
        }
        return x.CompareTo(y);
    }

    private static bool CompareResult(int c, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => c < 0,
        ComparisonOperator.LessEqual => c <= 0,
        ComparisonOperator.Equal => c == 0,
        ComparisonOperator.NotEqual => c != 0,
        ComparisonOperator.Greater => c > 0,
        _ => c >= 0,
    };

    private static bool CompareDoubles(double x, double y, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => x < y,
        ComparisonOperator.LessEqual => x <= y,
        ComparisonOperator.Equal => x == y,
        ComparisonOperator.NotEqual => x != y,
        ComparisonOperator.Greater => x > y,
        _ => x >= y,
    };

    /// <summary>Exact float-vs-int comparison (no rounding of big ints).</summary>
    private static bool CompareFloatInt(double x, PyInt i, ComparisonOperator op)
    {
        if (double.IsNaN(x)) return op == ComparisonOperator.NotEqual;
        if (double.IsInfinity(x)) return CompareResult(x > 0 ? 1 : -1, op);
        if (i.IsSmall && Math.Abs(i.Small) < (1L << 53)) return CompareDoubles(x, i.Small, op);
        var floor = Math.Floor(x);
        int c = new System.Numerics.BigInteger(floor).CompareTo(i.Big);
        if (c == 0 && x != floor) c = 1;
        return CompareResult(c, op);
    }

    private static PyObject RichCompareGeneric(PyObject a, PyObject b, ComparisonOperator op)
    {
        var ta = a.Type;
        var tb = b.Type;
        var reflected = s_reflected[(int)op];
        bool checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta))
        {
            var rm = tb.Lookup(s_compareNames[(int)reflected]);
            if (rm is not null && !ReferenceEquals(rm, ta.Lookup(s_compareNames[(int)reflected])))
            {
                checkedReflected = true;
                var r = CallSpecial(rm, b, a);
                if (r is not PyNotImplemented) return r;
            }
        }
        var m = ta.Lookup(s_compareNames[(int)op]);
        if (m is not null)
        {
            var r = CallSpecial(m, a, b);
            if (r is not PyNotImplemented) return r;
        }
        if (!checkedReflected)
        {
            var rm = tb.Lookup(s_compareNames[(int)reflected]);
            if (rm is not null)
            {
                var r = CallSpecial(rm, b, a);
                if (r is not PyNotImplemented) return r;
            }
        }
        if (op == ComparisonOperator.Equal) return PyInt.FromBool(ReferenceEquals(a, b));
        if (op == ComparisonOperator.NotEqual) return PyInt.FromBool(!ReferenceEquals(a, b));
        throw PyExc.TypeError($"'{s_compareSymbols[(int)op]}' not supported between instances of '{ta.NativeName}' and '{tb.NativeName}'");
    }

    /// <summary>Natively compares two builtin values of the same kind; null when not applicable (NotImplemented).</summary>
    internal static PyObject? CompareBuiltin(PyObject a, PyObject b, ComparisonOperator op)
    {
        a = Unwrap(a);
        b = Unwrap(b);
        switch (a)
        {
            case PyInt or PyFloat when b is PyInt or PyFloat:
            case PyStr when b is PyStr:
                return RichCompare(a, b, op);
            case PyList la when b is PyList lb:
                return CompareSequences(la.Items, la.Count, lb.Items, lb.Count, op);
            case PyTuple ta when b is PyTuple tb:
                return CompareSequences(ta.Items, ta.Length, tb.Items, tb.Length, op);
            case PyDict da when b is PyDict db:
                if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
                    return PyInt.FromBool(DictEquals(da, db) == (op == ComparisonOperator.Equal));
                return null;
            case PySet sa when b is PySet sb:
                return CompareSets(sa, sb, op);
            case PyRange ra when b is PyRange rb:
                if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual)
                {
                    var length = ra.BigLength;
                    bool eq = length == rb.BigLength && (length.IsZero || (ra.BigStart == rb.BigStart && (length.IsOne || ra.BigStep == rb.BigStep)));
                    return PyInt.FromBool(eq == (op == ComparisonOperator.Equal));
                }
                return null;
            case PyComplex or PyInt or PyFloat when b is PyComplex || a is PyComplex:
                if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual)) return null;
                if (!PyComplex.TryConvert(a, out double ar, out double ai) || !PyComplex.TryConvert(b, out double br, out double bi)) return null;
                return PyInt.FromBool((ar == br && ai == bi) == (op == ComparisonOperator.Equal));
            case PyBytes ba when b is PyBytes bb:
                return PyInt.FromBool(CompareResult(ba.Value.AsSpan().SequenceCompareTo(bb.Value), op));
        }
        return null;
    }

    private static PyObject CompareSequences(PyObject[] a, int na, PyObject[] b, int nb, ComparisonOperator op)
    {
        if ((op is ComparisonOperator.Equal or ComparisonOperator.NotEqual) && na != nb)
            return PyInt.FromBool(op == ComparisonOperator.NotEqual);
        int i = 0;
        // Comparing items that may recurse (anything but ints, strs and floats) counts a level
        // like CPython's PyObject_RichCompare, so deeply nested containers end in RecursionError
        // rather than exhausting the native stack; flat tuples of scalars pay nothing.
        bool guarded = false;
        ReentryGuard guard = default;
        try
        {
            for (; i < na && i < nb; i++)
            {
                var x = a[i];
                var y = b[i];
                if (ReferenceEquals(x, y)) continue;
                if (!guarded && x is not (PyInt or PyStr or PyFloat))
                {
                    guard = ReentryGuard.Enter(" in comparison");
                    guarded = true;
                }
                if (!Eq(x, y)) break;
            }
        }
        finally
        {
            if (guarded) guard.Dispose();
        }
        if (i >= na || i >= nb) return PyInt.FromBool(CompareResult(na.CompareTo(nb), op));
        if (op == ComparisonOperator.Equal) return PyInt.False;
        if (op == ComparisonOperator.NotEqual) return PyInt.True;
        return RichCompare(a[i], b[i], op);
    }

    private static bool DictEquals(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        using var depth = ReentryGuard.Enter(" in comparison");
        int pos = 0;
        while (a.TryGetEntry(ref pos, out var k, out var v))
        {
            if (!b.TryGetValue(k, out var bv)) return false;
            if (!ReferenceEquals(v, bv) && !Eq(v, bv)) return false;
        }
        return true;
    }

    private static PyObject? CompareSets(PySet a, PySet b, ComparisonOperator op)
    {
        bool Subset(PySet x, PySet y) => x.Count <= y.Count && x.Elements.All(y.Contains);
        return op switch
        {
            ComparisonOperator.Equal => PyInt.FromBool(a.Count == b.Count && Subset(a, b)),
            ComparisonOperator.NotEqual => PyInt.FromBool(!(a.Count == b.Count && Subset(a, b))),
            ComparisonOperator.LessEqual => PyInt.FromBool(Subset(a, b)),
            ComparisonOperator.Less => PyInt.FromBool(a.Count < b.Count && Subset(a, b)),
            ComparisonOperator.GreaterEqual => PyInt.FromBool(Subset(b, a)),
            _ => PyInt.FromBool(b.Count < a.Count && Subset(b, a)),
        };
    }

    internal static string CompareSymbol(ComparisonOperator op) => s_compareSymbols[(int)op];
}
