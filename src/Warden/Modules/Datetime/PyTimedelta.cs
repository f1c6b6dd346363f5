using System.Numerics;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>datetime.timedelta</c>: a normalised (days, seconds, microseconds) duration with
/// 0 &lt;= seconds &lt; 86400, 0 &lt;= microseconds &lt; 10**6 and |days| &lt;= 999999999.
/// Arithmetic goes through the total number of microseconds, rounding half to even where
/// CPython does (float factors, division).
/// </summary>
internal sealed class PyTimedelta : DatetimeObject
{
    public const int MaxDays = 999999999;
    private static readonly BigInteger s_microsecondsPerDay = 86_400_000_000;

    internal static readonly PyType TimedeltaType = CreateType();

    public int Days { get; }
    public int Seconds { get; }
    public int Microseconds { get; }

    private PyTimedelta(PyType type, int days, int seconds, int microseconds) : base(type)
    {
        Days = days;
        Seconds = seconds;
        Microseconds = microseconds;
    }

    public static readonly PyTimedelta Zero = new(TimedeltaType, 0, 0, 0);

    /// <summary>A timedelta from already normalised components (range-checked).</summary>
    public static PyTimedelta Create(int days, int seconds, int microseconds, PyType? type = null)
    {
        if (days < -MaxDays || days > MaxDays) throw PyExc.OverflowError($"days={days}; must have magnitude <= {MaxDays}");
        return new PyTimedelta(type ?? TimedeltaType, days, seconds, microseconds);
    }

    /// <summary>Normalises a total number of microseconds (CPython's messages for days outside a C int and outside the range).</summary>
    public static PyTimedelta FromMicroseconds(BigInteger total, PyType? type = null)
    {
        var days = BigInteger.DivRem(total, s_microsecondsPerDay, out var rest);
        if (rest.Sign < 0)
        {
            days -= 1;
            rest += s_microsecondsPerDay;
        }
        if (days > int.MaxValue || days < int.MinValue) throw PyExc.OverflowError("Python int too large to convert to C int");
        long r = (long)rest;
        return Create((int)days, (int)(r / 1_000_000), (int)(r % 1_000_000), type);
    }

    public static PyTimedelta FromMicroseconds(long total) => FromMicroseconds(new BigInteger(total));

    /// <summary>From a normalised (days, seconds, microseconds) that may carry out of range seconds or microseconds.</summary>
    public static PyTimedelta FromParts(long days, long seconds, long microseconds)
        => FromMicroseconds(new BigInteger(days) * s_microsecondsPerDay + new BigInteger(seconds) * 1_000_000 + microseconds);

    public BigInteger TotalMicroseconds => new BigInteger(Days) * s_microsecondsPerDay + (long)Seconds * 1_000_000 + Microseconds;

    /// <summary>Total microseconds as a long, for UTC offsets (|value| under a day); a general timedelta may not fit.</summary>
    public long OffsetMicroseconds => Days * 86_400_000_000L + Seconds * 1_000_000L + Microseconds;

    public bool IsZero => Days == 0 && Seconds == 0 && Microseconds == 0;

    private int CompareTo(PyTimedelta other)
    {
        int c = Days.CompareTo(other.Days);
        if (c == 0) c = Seconds.CompareTo(other.Seconds);
        if (c == 0) c = Microseconds.CompareTo(other.Microseconds);
        return c;
    }

    public string ToReprString()
    {
        var parts = new List<string>();
        if (Days != 0) parts.Add($"days={Days}");
        if (Seconds != 0) parts.Add($"seconds={Seconds}");
        if (Microseconds != 0) parts.Add($"microseconds={Microseconds}");
        return $"{ReprName}({(parts.Count == 0 ? "0" : string.Join(", ", parts))})";
    }

    public override string ToString()
    {
        int hours = Seconds / 3600, minutes = Seconds / 60 % 60, seconds = Seconds % 60;
        string text = $"{hours}:{minutes:D2}:{seconds:D2}";
        if (Microseconds != 0) text += $".{Microseconds:D6}";
        if (Days != 0) text = $"{Days} day{(Math.Abs(Days) != 1 ? "s" : "")}, " + text;
        return text;
    }

    // ---- construction -------------------------------------------------------------------

    private static readonly (string Name, long Factor)[] s_components =
    [
        ("microseconds", 1), ("milliseconds", 1000), ("seconds", 1_000_000), ("minutes", 60_000_000),
        ("hours", 3_600_000_000), ("days", 86_400_000_000), ("weeks", 604_800_000_000),
    ];

    private static readonly string[] s_parameterNames = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var values = DatetimeArgs.Parse(args, kwnames, "__new__", s_parameterNames, 0);
        // Accumulate in the order CPython does (smallest unit first): float fractions are
        // collected separately and rounded once at the end, half to even.
        PyObject?[] byUnit = [values[2], values[3], values[1], values[4], values[5], values[0], values[6]];
        BigInteger sum = BigInteger.Zero;
        double leftover = 0;
        for (int i = 0; i < byUnit.Length; i++)
        {
            if (byUnit[i] is not { } value) continue;
            var (name, factor) = s_components[i];
            switch (PyOps.Unwrap(value))
            {
                case PyInt n:
                    sum += n.Big * factor;
                    break;
                case PyFloat f:
                {
                    double whole = Math.Truncate(f.Value);
                    double fraction = f.Value - whole;
                    sum += FloatToInteger(whole) * factor;
                    if (fraction == 0) break;
                    double scaled = factor * fraction;
                    double scaledWhole = Math.Truncate(scaled);
                    sum += FloatToInteger(scaledWhole);
                    leftover += scaled - scaledWhole;
                    break;
                }
                default:
                    throw PyExc.TypeError($"unsupported type for timedelta {name} component: {value.Type.Name}");
            }
        }
        if (leftover != 0)
        {
            double whole = Math.Round(leftover, MidpointRounding.AwayFromZero);
            if (Math.Abs(whole - leftover) == 0.5)
            {
                int odd = sum.IsEven ? 0 : 1;
                whole = 2.0 * Math.Round((leftover + odd) * 0.5, MidpointRounding.AwayFromZero) - odd;
            }
            sum += new BigInteger(whole);
        }
        return FromMicroseconds(sum, type);
    }

    private static BigInteger FloatToInteger(double value)
    {
        if (double.IsNaN(value)) throw PyExc.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value)) throw PyExc.OverflowError("cannot convert float infinity to integer");
        return new BigInteger(value);
    }

    // ---- arithmetic ---------------------------------------------------------------------

    /// <summary>The exact ratio of a double (float.as_integer_ratio), with CPython's errors.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) IntegerRatio(double value)
    {
        if (double.IsNaN(value)) throw PyExc.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(value)) throw PyExc.OverflowError("cannot convert Infinity to integer ratio");
        if (value == 0) return (BigInteger.Zero, BigInteger.One);
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent = 1; else mantissa |= 1L << 52;
        exponent -= 1075;
        while (mantissa % 2 == 0 && exponent < 0)
        {
            mantissa /= 2;
            exponent++;
        }
        BigInteger numerator = mantissa, denominator = BigInteger.One;
        if (exponent > 0) numerator <<= exponent; else denominator <<= -exponent;
        return (negative ? -numerator : numerator, denominator);
    }

    /// <summary>a / b rounded to the nearest integer, ties to even (CPython's divide_nearest).</summary>
    internal static BigInteger DivideNearest(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
        var q = FloorDivide(a, b, out var r);
        var twice = BigInteger.Abs(r * 2);
        int c = twice.CompareTo(BigInteger.Abs(b));
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    internal static BigInteger FloorDivide(BigInteger a, BigInteger b, out BigInteger remainder)
    {
        var q = BigInteger.DivRem(a, b, out remainder);
        if (!remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            remainder += b;
        }
        return q;
    }

    private static PyObject Add(PyObject a, PyObject b)
        => a is PyTimedelta x && b is PyTimedelta y ? FromMicroseconds(x.TotalMicroseconds + y.TotalMicroseconds) : PyNotImplemented.Instance;

    private static PyObject Subtract(PyObject a, PyObject b)
        => a is PyTimedelta x && b is PyTimedelta y ? FromMicroseconds(x.TotalMicroseconds - y.TotalMicroseconds) : PyNotImplemented.Instance;

    private static PyObject Multiply(PyObject a, PyObject b)
    {
        if (a is not PyTimedelta delta)
        {
            if (b is not PyTimedelta) return PyNotImplemented.Instance;
            (a, b) = (b, a);
            delta = (PyTimedelta)a;
        }
        switch (PyOps.Unwrap(b))
        {
            case PyInt n:
                return FromMicroseconds(delta.TotalMicroseconds * n.Big);
            case PyFloat f:
            {
                var (numerator, denominator) = IntegerRatio(f.Value);
                return FromMicroseconds(DivideNearest(delta.TotalMicroseconds * numerator, denominator));
            }
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static PyObject TrueDivide(PyObject a, PyObject b)
    {
        if (a is not PyTimedelta delta) return PyNotImplemented.Instance;
        switch (b is PyTimedelta ? b : PyOps.Unwrap(b))
        {
            case PyTimedelta divisor:
                if (divisor.IsZero) throw PyExc.ZeroDivisionError("division by zero");
                return PyOps.BinaryOp(PyInt.FromBig(delta.TotalMicroseconds), PyInt.FromBig(divisor.TotalMicroseconds), (int)BinaryOperator.TrueDivide);
            case PyInt n:
                return FromMicroseconds(DivideNearest(delta.TotalMicroseconds, n.Big));
            case PyFloat f:
            {
                var (numerator, denominator) = IntegerRatio(f.Value);
                return FromMicroseconds(DivideNearest(delta.TotalMicroseconds * denominator, numerator));
            }
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static PyObject FloorDivideOp(PyObject a, PyObject b)
    {
        if (a is not PyTimedelta delta) return PyNotImplemented.Instance;
        switch (b is PyTimedelta ? b : PyOps.Unwrap(b))
        {
            case PyTimedelta divisor:
                if (divisor.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
                return PyInt.FromBig(FloorDivide(delta.TotalMicroseconds, divisor.TotalMicroseconds, out _));
            case PyInt n:
                if (n.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
                return FromMicroseconds(FloorDivide(delta.TotalMicroseconds, n.Big, out _));
            default:
                return PyNotImplemented.Instance;
        }
    }

    private static PyObject Modulo(PyObject a, PyObject b)
    {
        if (a is not PyTimedelta x || b is not PyTimedelta y) return PyNotImplemented.Instance;
        if (y.IsZero) throw PyExc.ZeroDivisionError("integer modulo by zero");
        FloorDivide(x.TotalMicroseconds, y.TotalMicroseconds, out var remainder);
        return FromMicroseconds(remainder);
    }

    private static PyObject DivMod(PyObject a, PyObject b)
    {
        if (a is not PyTimedelta x || b is not PyTimedelta y) return PyNotImplemented.Instance;
        if (y.IsZero) throw PyExc.ZeroDivisionError("integer division or modulo by zero");
        var q = FloorDivide(x.TotalMicroseconds, y.TotalMicroseconds, out var remainder);
        return PyTuple.Create(PyInt.FromBig(q), FromMicroseconds(remainder));
    }

    private static PyTimedelta Negate(PyTimedelta d) => FromMicroseconds(-d.TotalMicroseconds);

    // ---- type ---------------------------------------------------------------------------

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("timedelta", TypeObjects.Object,
            "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.");
        t.InstanceFactory = type => new PyTimedelta(type, 0, 0, 0);
        DatetimeTypes.SetNew(t, (type, args, kw) => New(type, args, kw));
        DatetimeTypes.AddGetter<PyTimedelta>(t, "days", self => PyInt.FromLong(self.Days));
        DatetimeTypes.AddGetter<PyTimedelta>(t, "seconds", self => PyInt.FromLong(self.Seconds));
        DatetimeTypes.AddGetter<PyTimedelta>(t, "microseconds", self => PyInt.FromLong(self.Microseconds));
        t.AddMethod("total_seconds", (args, kw) =>
        {
            Args.Check(args, kw, "total_seconds", 0, 0, 1);
            return PyOps.BinaryOp(PyInt.FromBig(((PyTimedelta)args[0]).TotalMicroseconds), PyInt.FromLong(1_000_000), (int)BinaryOperator.TrueDivide);
        });
        t.AddMethod("__repr__", (args, kw) => PyStr.From(((PyTimedelta)args[0]).ToReprString()));
        t.AddMethod("__str__", (args, kw) => PyStr.From(((PyTimedelta)args[0]).ToString()));
        t.AddMethod("__hash__", (args, kw) =>
        {
            var d = (PyTimedelta)args[0];
            return PyInt.FromLong(PyOps.Hash(PyTuple.Create(PyInt.FromLong(d.Days), PyInt.FromLong(d.Seconds), PyInt.FromLong(d.Microseconds))));
        });
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(!((PyTimedelta)args[0]).IsZero));
        DatetimeTypes.AddComparisons(t, (a, b) => a is PyTimedelta x && b is PyTimedelta y ? x.CompareTo(y) : null);
        DatetimeTypes.AddBinary(t, "add", Add);
        DatetimeTypes.AddBinary(t, "sub", Subtract);
        DatetimeTypes.AddBinary(t, "mul", Multiply);
        DatetimeTypes.AddBinary(t, "truediv", TrueDivide);
        DatetimeTypes.AddBinary(t, "floordiv", FloorDivideOp);
        DatetimeTypes.AddBinary(t, "mod", Modulo);
        DatetimeTypes.AddBinary(t, "divmod", DivMod);
        t.AddMethod("__neg__", (args, kw) => Negate((PyTimedelta)args[0]));
        t.AddMethod("__pos__", (args, kw) => FromMicroseconds(((PyTimedelta)args[0]).TotalMicroseconds));
        t.AddMethod("__abs__", (args, kw) =>
        {
            var d = (PyTimedelta)args[0];
            return d.Days < 0 ? Negate(d) : FromMicroseconds(d.TotalMicroseconds);
        });
        t.AddMethod("__reduce__", (args, kw) =>
        {
            DatetimeArgs.NoArguments(args, kw, "__reduce__");
            var d = (PyTimedelta)args[0];
            return PyTuple.Create(d.Type, PyTuple.Create(PyInt.FromLong(d.Days), PyInt.FromLong(d.Seconds), PyInt.FromLong(d.Microseconds)));
        });
        t.Dict.SetStr("min", new PyTimedelta(t, -MaxDays, 0, 0));
        t.Dict.SetStr("max", new PyTimedelta(t, MaxDays, 86399, 999999));
        t.Dict.SetStr("resolution", new PyTimedelta(t, 0, 0, 1));
        return t;
    }
}
