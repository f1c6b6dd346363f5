using System.Numerics;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>The <c>math</c> module: IEEE double functions with CPython's domain and range errors, and exact integer functions.</summary>
internal static class MathModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("math");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        void Unary(string name, Func<double, double> f, bool canOverflow = false) => Fn(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 1, 1);
            return new PyFloat(Checked(f(ToDouble(args[0])), ToDouble(args[0]), canOverflow));
        });

        d.SetStr("pi", new PyFloat(Math.PI));
        d.SetStr("e", new PyFloat(Math.E));
        d.SetStr("tau", new PyFloat(Math.Tau));
        d.SetStr("inf", new PyFloat(double.PositiveInfinity));
        d.SetStr("nan", new PyFloat(double.NaN));

        Unary("sqrt", Math.Sqrt);
        Unary("exp", Math.Exp, canOverflow: true);
        Unary("expm1", CLibraryMath.Expm1, canOverflow: true);
        Unary("exp2", CLibraryMath.Exp2, canOverflow: true);
        Unary("erf", CLibraryMath.Erf);
        Unary("erfc", CLibraryMath.Erfc);
        // Poles (0 and negative integers) are domain errors; the C library would return infinity.
        Unary("gamma", x => IsGammaPole(x) ? double.NaN : CLibraryMath.Gamma(x), canOverflow: true);
        Unary("lgamma", x => IsGammaPole(x) ? double.NaN : CLibraryMath.LogGamma(x), canOverflow: true);
        Unary("log2", x => x > 0 ? Math.Log2(x) : double.NaN);
        Unary("log10", x => x > 0 ? Math.Log10(x) : double.NaN);
        Unary("log1p", x => x > -1 || double.IsNaN(x) ? CLibraryMath.Log1p(x) : double.NaN);
        Unary("sin", Math.Sin);
        Unary("cos", Math.Cos);
        Unary("tan", Math.Tan);
        Unary("asin", Math.Asin);
        Unary("acos", Math.Acos);
        Unary("atan", Math.Atan);
        Unary("sinh", Math.Sinh, canOverflow: true);
        Unary("cosh", Math.Cosh, canOverflow: true);
        Unary("tanh", Math.Tanh);
        Unary("asinh", Math.Asinh);
        Unary("acosh", Math.Acosh);
        Unary("atanh", x => Math.Abs(x) >= 1 ? double.NaN : Math.Atanh(x));
        Unary("fabs", Math.Abs);
        Unary("degrees", x => x * (180.0 / Math.PI));
        Unary("radians", x => x * (Math.PI / 180.0));
        Unary("cbrt", Math.Cbrt);

        Fn("log", (args, kw) =>
        {
            Args.Check(args, kw, "log", 1, 2);
            double num = LogOf(args[0]);
            if (args.Length == 1) return new PyFloat(num);
            double den = LogOf(args[1]);
            if (den == 0) throw PyExc.ZeroDivisionError("float division by zero");
            return new PyFloat(num / den);
        });
        Fn("pow", (args, kw) =>
        {
            Args.Check(args, kw, "pow", 2, 2);
            double x = ToDouble(args[0]), y = ToDouble(args[1]);
            if (x == 0 && y < 0 && !double.IsInfinity(y)) throw DomainError();
            if (x < 0 && double.IsFinite(x) && double.IsFinite(y) && Math.Floor(y) != y) throw DomainError();
            double r = Math.Pow(x, y);
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
            return new PyFloat(r);
        });
        Fn("atan2", (args, kw) =>
        {
            Args.Check(args, kw, "atan2", 2, 2);
            return new PyFloat(Math.Atan2(ToDouble(args[0]), ToDouble(args[1])));
        });
        Fn("copysign", (args, kw) =>
        {
            Args.Check(args, kw, "copysign", 2, 2);
            return new PyFloat(Math.CopySign(ToDouble(args[0]), ToDouble(args[1])));
        });
        Fn("fmod", (args, kw) =>
        {
            Args.Check(args, kw, "fmod", 2, 2);
            double x = ToDouble(args[0]), y = ToDouble(args[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
            if (y == 0 || double.IsInfinity(x)) { if (!double.IsNaN(x) && !double.IsNaN(y)) throw DomainError(); }
            return new PyFloat(x % y);
        });
        Fn("remainder", (args, kw) =>
        {
            Args.Check(args, kw, "remainder", 2, 2);
            double x = ToDouble(args[0]), y = ToDouble(args[1]);
            if ((y == 0 || double.IsInfinity(x)) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            return new PyFloat(Math.IEEERemainder(x, y));
        });
        Fn("modf", (args, kw) =>
        {
            Args.Check(args, kw, "modf", 1, 1);
            double x = ToDouble(args[0]);
            if (double.IsInfinity(x)) return PyTuple.Create(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
            double whole = Math.Truncate(x);
            return PyTuple.Create(new PyFloat(Math.CopySign(x - whole, x)), new PyFloat(whole));
        });
        Fn("frexp", (args, kw) =>
        {
            Args.Check(args, kw, "frexp", 1, 1);
            double x = ToDouble(args[0]);
            if (x == 0 || !double.IsFinite(x)) return PyTuple.Create(new PyFloat(x), PyInt.Zero);
            int exponent = Math.ILogB(x) + 1;
            double mantissa = Math.ScaleB(x, -exponent);
            // Subnormals: ILogB is exact, but guard the [0.5, 1) invariant against rounding.
            if (Math.Abs(mantissa) >= 1) { mantissa /= 2; exponent++; }
            else if (Math.Abs(mantissa) < 0.5) { mantissa *= 2; exponent--; }
            return PyTuple.Create(new PyFloat(mantissa), PyInt.FromLong(exponent));
        });
        Fn("ldexp", (args, kw) =>
        {
            Args.Check(args, kw, "ldexp", 2, 2);
            double x = ToDouble(args[0]);
            if (PyOps.Unwrap(args[1]) is not PyInt n) throw PyExc.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
            int exponent = n.IsSmall ? (int)Math.Clamp(n.Small, -10000, 10000) : (n.Sign < 0 ? -10000 : 10000);
            double r = Math.ScaleB(x, exponent);
            if (double.IsInfinity(r)) throw RangeError();
            return new PyFloat(r);
        });
        Fn("hypot", (args, kw) =>
        {
            Args.Check(args, kw, "hypot", 0, int.MaxValue);
            var values = new double[args.Length];
            for (int i = 0; i < args.Length; i++) values[i] = ToDouble(args[i]);
            return new PyFloat(Norm(values));
        });
        Fn("dist", (args, kw) =>
        {
            Args.Check(args, kw, "dist", 2, 2);
            if (PyOps.Unwrap(args[0]) is not (PyTuple or PyList) && !IsSequence(args[0]))
                throw PyExc.TypeError($"dist() argument 1 must be tuple, not {args[0].Type.Name}");
            if (!IsSequence(args[1])) throw PyExc.TypeError($"dist() argument 2 must be tuple, not {args[1].Type.Name}");
            var p = PyOps.ToArray(args[0]);
            var q = PyOps.ToArray(args[1]);
            if (p.Length != q.Length) throw PyExc.ValueError("both points must have the same number of dimensions");
            var diffs = new double[p.Length];
            for (int i = 0; i < p.Length; i++) diffs[i] = ToDouble(p[i]) - ToDouble(q[i]);
            return new PyFloat(Norm(diffs));
        });
        Fn("floor", (args, kw) =>
        {
            Args.Check(args, kw, "floor", 1, 1);
            return RoundWith(args[0], "__floor__", Math.Floor);
        });
        Fn("ceil", (args, kw) =>
        {
            Args.Check(args, kw, "ceil", 1, 1);
            return RoundWith(args[0], "__ceil__", Math.Ceiling);
        });
        Fn("trunc", (args, kw) =>
        {
            Args.Check(args, kw, "trunc", 1, 1);
            var x = args[0];
            if (PyOps.Unwrap(x) is PyFloat f) return NumberMethods.FloatToInt(f.Value);
            var m = x.Type.Lookup("__trunc__") ?? throw PyExc.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
            return PyOps.CallSpecial(m, x);
        });
        Fn("isfinite", (args, kw) => { Args.Check(args, kw, "isfinite", 1, 1); return PyInt.FromBool(double.IsFinite(ToDouble(args[0]))); });
        Fn("isinf", (args, kw) => { Args.Check(args, kw, "isinf", 1, 1); return PyInt.FromBool(double.IsInfinity(ToDouble(args[0]))); });
        Fn("isnan", (args, kw) => { Args.Check(args, kw, "isnan", 1, 1); return PyInt.FromBool(double.IsNaN(ToDouble(args[0]))); });
        Fn("isclose", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2, positionalOnly: 0, maxPositional: 2);
            double x = ToDouble(a[0]!), y = ToDouble(a[1]!);
            double relTol = a[2] is null ? 1e-9 : ToDouble(a[2]!);
            double absTol = a[3] is null ? 0.0 : ToDouble(a[3]!);
            if (relTol < 0 || absTol < 0) throw PyExc.ValueError("tolerances must be non-negative");
            if (x == y) return PyInt.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyInt.False;
            double diff = Math.Abs(y - x);
            return PyInt.FromBool(diff <= Math.Abs(relTol * y) || diff <= Math.Abs(relTol * x) || diff <= absTol);
        });
        Fn("factorial", (args, kw) =>
        {
            Args.Check(args, kw, "factorial", 1, 1);
            var n = ToInteger(args[0]);
            if (n.Sign < 0) throw PyExc.ValueError("factorial() not defined for negative values");
            if (!n.IsSmall) throw PyExc.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return PyInt.FromBig(RangeProduct(1, n.Small));
        });
        Fn("gcd", (args, kw) =>
        {
            Args.Check(args, kw, "gcd", 0, int.MaxValue);
            BigInteger g = BigInteger.Zero;
            foreach (var x in args) g = BigInteger.GreatestCommonDivisor(g, ToInteger(x).Big);
            return PyInt.FromBig(g);
        });
        Fn("lcm", (args, kw) =>
        {
            Args.Check(args, kw, "lcm", 0, int.MaxValue);
            BigInteger l = BigInteger.One;
            foreach (var x in args)
            {
                var v = BigInteger.Abs(ToInteger(x).Big);
                l = l.IsZero || v.IsZero ? BigInteger.Zero : l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.FromBig(l);
        });
        Fn("isqrt", (args, kw) =>
        {
            Args.Check(args, kw, "isqrt", 1, 1);
            var n = ToInteger(args[0]).Big;
            if (n.Sign < 0) throw PyExc.ValueError("isqrt() argument must be nonnegative");
            return PyInt.FromBig(IntegerSquareRoot(n));
        });
        Fn("comb", (args, kw) =>
        {
            Args.Check(args, kw, "comb", 2, 2);
            var (n, k) = NonNegativePair(args[0], args[1]);
            if (k > n) return PyInt.Zero;
            if (k > n - k) k = n - k;
            BigInteger result = BigInteger.One;
            for (BigInteger i = 1; i <= k; i++) result = result * (n - k + i) / i;
            return PyInt.FromBig(result);
        });
        Fn("perm", (args, kw) =>
        {
            Args.Check(args, kw, "perm", 1, 2);
            if (args.Length == 1 || args[1] is PyNone)
            {
                var n1 = ToInteger(args[0]);
                if (n1.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
                return PyInt.FromBig(RangeProduct(1, (long)n1.Big));
            }
            var (n, k) = NonNegativePair(args[0], args[1]);
            if (k > n) return PyInt.Zero;
            BigInteger result = BigInteger.One;
            for (BigInteger i = n - k + 1; i <= n; i++) result *= i;
            return PyInt.FromBig(result);
        });
        Fn("prod", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "prod", ["iterable", "start"], 1, positionalOnly: 1, maxPositional: 1);
            PyObject result = a[1] ?? PyInt.One;
            var it = PyOps.GetIter(a[0]!);
            while (PyOps.TryNext(it, out var item)) result = PyOps.BinaryOp(result, item, (int)BinaryOperator.Multiply);
            return result;
        });
        Fn("fsum", (args, kw) =>
        {
            Args.Check(args, kw, "fsum", 1, 1);
            return new PyFloat(ExactSum(args[0]));
        });
        Fn("nextafter", (args, kw) =>
        {
            Args.Check(args, kw, "nextafter", 2, 2);
            double x = ToDouble(args[0]), y = ToDouble(args[1]);
            if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
            if (x == y) return new PyFloat(y);
            return new PyFloat(y > x ? Math.BitIncrement(x) : Math.BitDecrement(x));
        });
        Fn("ulp", (args, kw) =>
        {
            Args.Check(args, kw, "ulp", 1, 1);
            double x = Math.Abs(ToDouble(args[0]));
            if (double.IsNaN(x) || double.IsInfinity(x)) return new PyFloat(x);
            if (x == double.MaxValue) return new PyFloat(x - Math.BitDecrement(x));
            return new PyFloat(Math.BitIncrement(x) - x);
        });
        return module;
    }

    private static PythonException DomainError() => PyExc.ValueError("math domain error");
    private static PythonException RangeError() => PyExc.OverflowError("math range error");

    /// <summary>Turns a C-library result into CPython's errors: NaN from a non-NaN input is a domain error, infinity from a finite input a range or domain error.</summary>
    private static bool IsGammaPole(double x) => x <= 0 && double.IsFinite(x) && Math.Floor(x) == x;

    private static double Checked(double result, double input, bool canOverflow)
    {
        if (double.IsNaN(result) && !double.IsNaN(input)) throw DomainError();
        if (double.IsInfinity(result) && double.IsFinite(input)) throw canOverflow ? RangeError() : DomainError();
        return result;
    }

    /// <summary>A float argument as CPython's math functions convert it (float, int, <c>__float__</c>, <c>__index__</c>).</summary>
    internal static double ToDouble(PyObject o)
    {
        var x = PyOps.Unwrap(o);
        if (x is PyFloat f) return f.Value;
        if (x is PyInt i) return i.ToDouble();
        if (x.Type.Lookup("__float__") is { } m)
        {
            var r = PyOps.CallSpecial(m, o);
            if (PyOps.Unwrap(r) is PyFloat rf) return rf.Value;
            throw PyExc.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
        }
        if (x.Type.Lookup("__index__") is not null) return PyOps.Index(o).ToDouble();
        throw PyExc.TypeError($"must be real number, not {o.Type.Name}");
    }

    private static PyInt ToInteger(PyObject o)
    {
        if (PyOps.Unwrap(o) is PyInt i) return i;
        if (o.Type.Lookup("__index__") is null) throw PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        return PyOps.Index(o);
    }

    private static bool IsSequence(PyObject o) => PyOps.Unwrap(o) is PyTuple;

    private static (BigInteger N, BigInteger K) NonNegativePair(PyObject n, PyObject k)
    {
        var nv = ToInteger(n).Big;
        var kv = ToInteger(k).Big;
        if (nv.Sign < 0) throw PyExc.ValueError("n must be a non-negative integer");
        if (kv.Sign < 0) throw PyExc.ValueError("k must be a non-negative integer");
        return (nv, kv);
    }

    /// <summary>log of an int of any size (via its bit length) or of a float; non-positive arguments are domain errors.</summary>
    private static double LogOf(PyObject o)
    {
        if (PyOps.Unwrap(o) is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            if (i.IsSmall) return Math.Log(i.Small);
            // As a mantissa in [0.5, 1) times 2**bits, so huge ints never overflow a double.
            long bits = (long)i.Big.GetBitLength();
            double mantissa = Math.ScaleB((double)(ulong)(i.Big >> (int)(bits - 64)), -64);
            return Math.Log(mantissa) + Math.Log(2.0) * bits;
        }
        double x = ToDouble(o);
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw DomainError();
        return Math.Log(x);
    }

    private static PyObject RoundWith(PyObject x, string special, Func<double, double> round)
    {
        var v = PyOps.Unwrap(x);
        if (v is PyFloat f) return NumberMethods.FloatToInt(round(f.Value));
        if (v is PyInt i && !i.IsBool && ReferenceEquals(v, x)) return i;
        if (x.Type.Lookup(special) is { } m) return PyOps.CallSpecial(m, x);
        return NumberMethods.FloatToInt(round(ToDouble(x)));
    }

    /// <summary>The product lo*(lo+1)*...*hi, split in halves so the multiplications stay balanced.</summary>
    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            for (long v = lo; v <= hi; v++) r *= v;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    /// <summary>Newton's iteration from an over-estimate; converges to floor(sqrt(n)).</summary>
    private static BigInteger IntegerSquareRoot(BigInteger n)
    {
        if (n < 2) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var next = (x + n / x) >> 1;
            if (next >= x) return x;
            x = next;
        }
    }

    /// <summary>
    /// Euclidean norm: scales by a power of two (exactly) near the largest magnitude, sums the
    /// squares in double-double precision (FMA gives each square's rounding error), then corrects
    /// the square root once, so results are correctly rounded in practice like CPython's.
    /// </summary>
    private static double Norm(double[] values)
    {
        double max = 0;
        bool sawNaN = false;
        foreach (var v in values)
        {
            if (double.IsInfinity(v)) return double.PositiveInfinity;
            if (double.IsNaN(v)) sawNaN = true;
            else max = Math.Max(max, Math.Abs(v));
        }
        if (sawNaN) return double.NaN;
        if (max == 0 || values.Length == 1) return max;
        int scale = Math.ILogB(max);
        double high = 0, low = 0;
        foreach (var v in values)
        {
            double x = Math.ScaleB(v, -scale);
            double square = x * x;
            double squareError = Math.FusedMultiplyAdd(x, x, -square);
            double sum = high + square;
            double sumError = (high - (sum - (sum - high))) + (square - (sum - high));
            high = sum;
            low += sumError + squareError;
        }
        double total = high + low;
        low -= total - high;
        high = total;
        double root = Math.Sqrt(high);
        double residual = Math.FusedMultiplyAdd(-root, root, high) + low;
        root += residual / (2 * root);
        return Math.ScaleB(root, scale);
    }

    /// <summary>
    /// Sum of floats without intermediate rounding: keeps a list of non-overlapping partial sums
    /// (each addition split into its rounded sum and exact error), then adds them from the top
    /// with a final half-way correction, as in Shewchuk's adaptive-precision summation.
    /// </summary>
    private static double ExactSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = PyOps.GetIter(iterable);
        while (PyOps.TryNext(it, out var item))
        {
            double x = ToDouble(item);
            if (!double.IsFinite(x))
            {
                if (double.IsInfinity(x)) infSum += x;
                specialSum += x;
                continue;
            }
            int kept = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) partials[kept++] = lo;
                x = hi;
            }
            if (double.IsInfinity(x)) throw PyExc.OverflowError("intermediate overflow in fsum");
            partials.RemoveRange(kept, partials.Count - kept);
            partials.Add(x);
        }
        if (specialSum != 0 || double.IsNaN(specialSum))
        {
            if (double.IsNaN(infSum)) throw PyExc.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        if (partials.Count == 0) return 0.0;
        int n = partials.Count - 1;
        double total = partials[n];
        double low = 0;
        while (n > 0)
        {
            double x = total;
            double y = partials[--n];
            total = x + y;
            double yr = total - x;
            low = y - yr;
            if (low != 0) break;
        }
        // Round half-even correctly when the remaining partials push the exact sum past a tie.
        if (n > 0 && (low < 0 && partials[n - 1] < 0 || low > 0 && partials[n - 1] > 0))
        {
            double y = low * 2;
            double x = total + y;
            double yr = x - total;
            if (y == yr) total = x;
        }
        return total;
    }
}
