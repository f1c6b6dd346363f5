using System.Numerics;
using System.Runtime.CompilerServices;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// Python <c>int</c> (and <c>bool</c>, which is an int with a flag). Values that fit in a
/// <c>long</c> use the fast path; others hold a <see cref="BigInteger"/>. Results are always
/// normalised: a value that fits in a long never uses the big form.
/// </summary>
public sealed class PyInt : PyObject
{
    private const int CacheMin = -5, CacheMax = 256;
    // Declared first: the True and False initialisers below need it.
    private static readonly object s_boolTag = new();
    private static readonly PyInt[] s_cache = CreateCache();

    public static readonly PyInt True = new(1, isBool: true);
    public static readonly PyInt False = new(0, isBool: true);
    public static PyInt Zero => s_cache[-CacheMin];
    public static PyInt One => s_cache[1 - CacheMin];

    private readonly long _small;
    /// <summary>
    /// Null for an ordinary machine-size int; <see cref="s_boolTag"/> for True and False; otherwise the
    /// boxed BigInteger. One field for all three keeps an int object at 32 bytes.
    /// </summary>
    private readonly object? _big;

    private PyInt(long value, bool isBool = false)
    {
        _small = value;
        if (isBool) _big = s_boolTag;
    }

    private PyInt(BigInteger value) { _big = value; }

    /// <summary>True when the value is held in <c>_small</c> (ordinary small ints and bools).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(_big))]
    private bool IsLong
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _big is null || ReferenceEquals(_big, s_boolTag);
    }

    private static PyInt[] CreateCache()
    {
        var cache = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheMin);
        return cache;
    }

    public override PyType Type => IsBool ? TypeObjects.Bool : TypeObjects.Int;

    public bool IsBool => ReferenceEquals(_big, s_boolTag);
    /// <summary>True when the value fits in a long (<see cref="Small"/> is valid).</summary>
    public bool IsSmall
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => IsLong;
    }
    /// <summary>The value; only meaningful when <see cref="IsSmall"/>.</summary>
    public long Small
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _small;
    }
    public BigInteger Big => IsLong ? new BigInteger(_small) : (BigInteger)_big;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt FromLong(long value)
    {
        if ((ulong)(value - CacheMin) <= CacheMax - CacheMin) return s_cache[value - CacheMin];
        return new PyInt(value);
    }

    public static PyInt FromBig(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return FromLong((long)value);
        return new PyInt(value);
    }

    public static PyInt FromBool(bool value) => value ? True : False;

    public bool IsZero => IsLong && _small == 0;
    public int Sign => IsLong ? Math.Sign(_small) : ((BigInteger)_big).Sign;

    // ---- arithmetic (Python semantics) ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Add(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
        {
            long x = a._small, y = b._small, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return FromLong(r);
        }
        return FromBig(a.Big + b.Big);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Subtract(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
        {
            long x = a._small, y = b._small, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return FromLong(r);
        }
        return FromBig(a.Big - b.Big);
    }

    public static PyInt Multiply(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
        {
            long x = a._small, y = b._small;
            // Two 32-bit factors cannot overflow 64 bits; Math.BigMul is a four-multiply software
            // routine on CPUs (or ahead-of-time builds) without BMI2.
            if (x == (int)x && y == (int)y) return FromLong(x * y);
            long high = Math.BigMul(x, y, out long low);
            if ((high == 0 && low >= 0) || (high == -1 && low < 0)) return FromLong(low);
        }
        return FromBig(a.Big * b.Big);
    }

    public static PyInt FloorDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
        if (a.IsLong && b.IsLong && !(a._small == long.MinValue && b._small == -1))
        {
            long x = a._small, y = b._small, q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
            return FromLong(q);
        }
        var bq = BigInteger.DivRem(a.Big, b.Big, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Big.Sign < 0)) bq -= 1;
        return FromBig(bq);
    }

    public static PyInt Modulo(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyExc.ZeroDivisionError("integer modulo by zero");
        if (a.IsLong && b.IsLong)
        {
            if (b._small == -1) return Zero;
            long x = a._small, y = b._small, r = x % y;
            if (r != 0 && ((r < 0) != (y < 0))) r += y;
            return FromLong(r);
        }
        var br = BigInteger.Remainder(a.Big, b.Big);
        if (!br.IsZero && (br.Sign < 0) != (b.Big.Sign < 0)) br += b.Big;
        return FromBig(br);
    }

    public static PyObject TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsZero) throw PyExc.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        if (a.IsLong && b.IsLong && Math.Abs(a._small) <= exact && Math.Abs(b._small) <= exact)
            return new PyFloat((double)a._small / b._small);
        return new PyFloat(BigTrueDivide(a.Big, b.Big));
    }

    /// <summary>Correctly rounded a/b for big operands: scale so the quotient has 64+ significant bits, then round once.</summary>
    private static double BigTrueDivide(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a); b = BigInteger.Abs(b);
        long shift = (long)b.GetBitLength() - (long)a.GetBitLength() + 66;
        var num = shift > 0 ? a << (int)shift : a;
        var den = shift < 0 ? b << (int)-shift : b;
        var q = BigInteger.DivRem(num, den, out var rem);
        if (!rem.IsZero) q |= 1; // sticky bit keeps the single rounding correct
        // Round q to 53 bits here (half to even): BigInteger's conversion to double truncates.
        long dropped = (long)q.GetBitLength() - 53;
        // Results below the normal range keep fewer bits, so that ScaleB below is exact.
        long exponentOfTop = (long)q.GetBitLength() - 1 - shift;
        if (exponentOfTop < -1022) dropped += Math.Min(-1022 - exponentOfTop, 54);
        if (dropped > 0)
        {
            var half = BigInteger.One << (int)(dropped - 1);
            var low = q & ((half << 1) - 1);
            q >>= (int)dropped;
            if (low > half || (low == half && !q.IsEven)) q += 1;
            shift -= dropped;
        }
        double result = Math.ScaleB((double)q, (int)-shift);
        if (double.IsInfinity(result)) throw PyExc.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            if (a.IsZero) throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(a.ToDouble(), b.ToDouble()));
        }
        if (!b.IsSmall)
        {
            if (a.IsSmall && (a._small == 0 || a._small == 1)) return a;
            if (a.IsSmall && a._small == -1) return b.Big.IsEven ? One : a;
            throw PyExc.MemoryError("");
        }
        long e = b._small;
        if (a.IsLong)
        {
            long result = 1, basis = a._small;
            long exp = e;
            bool overflow = false;
            while (exp > 0)
            {
                if ((exp & 1) != 0)
                {
                    long hi = Math.BigMul(result, basis, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                exp >>= 1;
                if (exp > 0)
                {
                    long hi = Math.BigMul(basis, basis, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    basis = lo;
                }
            }
            if (!overflow) return FromLong(result);
        }
        if (e > int.MaxValue) throw PyExc.MemoryError("");
        return FromBig(BigInteger.Pow(a.Big, (int)e));
    }

    public static PyInt Negate(PyInt a)
    {
        if (a.IsLong && a._small != long.MinValue) return FromLong(-a._small);
        return FromBig(-a.Big);
    }

    public static PyInt Invert(PyInt a) => a.IsLong ? FromLong(~a._small) : FromBig(-a.Big - 1);

    public static PyInt Abs(PyInt a) => a.Sign < 0 ? Negate(a) : (a.IsBool ? FromLong(a._small) : a);

    public static PyInt LeftShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyExc.ValueError("negative shift count");
        if (a.IsZero) return Zero;
        if (!b.IsSmall || b._small > int.MaxValue) throw PyExc.MemoryError("");
        int n = (int)b._small;
        if (a.IsLong && n < 63)
        {
            long x = a._small, r = x << n;
            if ((r >> n) == x) return FromLong(r);
        }
        return FromBig(a.Big << n);
    }

    public static PyInt RightShift(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw PyExc.ValueError("negative shift count");
        if (!b.IsSmall || b._small > int.MaxValue) return a.Sign < 0 ? FromLong(-1) : Zero;
        int n = (int)b._small;
        if (a.IsLong) return FromLong(n >= 64 ? (a._small < 0 ? -1 : 0) : a._small >> n);
        return FromBig(a.Big >> n);
    }

    public static PyInt And(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
            return a.IsBool && b.IsBool ? FromBool((a._small & b._small) != 0) : FromLong(a._small & b._small);
        return FromBig(a.Big & b.Big);
    }

    public static PyInt Or(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
            return a.IsBool && b.IsBool ? FromBool((a._small | b._small) != 0) : FromLong(a._small | b._small);
        return FromBig(a.Big | b.Big);
    }

    public static PyInt Xor(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong)
            return a.IsBool && b.IsBool ? FromBool((a._small ^ b._small) != 0) : FromLong(a._small ^ b._small);
        return FromBig(a.Big ^ b.Big);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(PyInt a, PyInt b)
    {
        if (a.IsLong && b.IsLong) return a._small.CompareTo(b._small);
        return a.Big.CompareTo(b.Big);
    }

    public static bool Equal(PyInt a, PyInt b)
        => a.IsLong && b.IsLong ? a._small == b._small : a.Big == b.Big;

    /// <summary>Python's int hash: the value modulo 2**61 - 1, with -1 mapped to -2.</summary>
    public long Hash()
    {
        const long modulus = (1L << 61) - 1;
        long h;
        if (IsLong)
        {
            ulong magnitude = _small < 0 ? (ulong)(-(_small + 1)) + 1 : (ulong)_small;
            h = (long)(magnitude % modulus);
            if (_small < 0) h = -h;
        }
        else
        {
            var m = BigInteger.Remainder(BigInteger.Abs((BigInteger)_big), modulus);
            h = (long)m;
            if (((BigInteger)_big).Sign < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    public double ToDouble()
    {
        if (IsLong) return _small;
        double d = (double)(BigInteger)_big;
        if (double.IsInfinity(d)) throw PyExc.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>The value as an int for sizes and indices; raises OverflowError like CPython's Py_ssize_t conversion.</summary>
    /// <summary>The value as a subscript (<c>seq[i]</c>): too big an int is an IndexError there, as in CPython.</summary>
    public long ToSubscriptIndex()
    {
        if (IsLong) return _small;
        throw PyExc.IndexError($"cannot fit '{Type.Name}' into an index-sized integer");
    }

    public long ToIndex()
    {
        if (IsLong) return _small;
        throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
    }

    /// <summary>Decimal text; refuses more digits than <c>sys.get_int_max_str_digits()</c>, like CPython.</summary>
    public string ToDecimalString()
    {
        if (IsBool) return _small != 0 ? "True" : "False";
        if (IsLong) return _small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var big = (BigInteger)_big;
        if (IntMaxStrDigits.ToStrError(big) is { } message) throw PyExc.ValueError(message);
        return big.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override string ToString() => ToDecimalString();
}
