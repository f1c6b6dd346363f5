using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>cmath</c> module. Finite arguments use Kahan's branch-cut formulas (the ones CPython
/// uses, which keep signed zeros on the cuts and avoid overflow for large arguments); infinite
/// and NaN arguments follow C99 Annex G. Errors are CPython's: ValueError "math domain error"
/// for poles, OverflowError "math range error" when a finite argument overflows.
/// </summary>
internal static class CmathModule
{
    private const double Ln2 = 0.6931471805599453;
    private static readonly double LargeDouble = double.MaxValue / 4;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(2.2250738585072014e-308);

    private readonly record struct C(double Re, double Im);

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("cmath");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        void Unary(string name, Func<C, C> f) => Fn(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 1, 1);
            var z = ToComplex(args[0]);
            var r = f(z);
            CheckOverflow(z, r);
            return new PyComplex(r.Re, r.Im);
        });

        d.SetStr("pi", new PyFloat(Math.PI));
        d.SetStr("e", new PyFloat(Math.E));
        d.SetStr("tau", new PyFloat(Math.Tau));
        d.SetStr("inf", new PyFloat(double.PositiveInfinity));
        d.SetStr("infj", new PyComplex(0, double.PositiveInfinity));
        d.SetStr("nan", new PyFloat(double.NaN));
        d.SetStr("nanj", new PyComplex(0, double.NaN));

        Unary("sqrt", Sqrt);
        Unary("exp", Exp);
        Unary("log10", z => { var l = Log(z); return new C(l.Re / Math.Log(10), l.Im / Math.Log(10)); });
        Unary("sinh", Sinh);
        Unary("cosh", Cosh);
        Unary("tanh", Tanh);
        Unary("sin", z => { var r = Sinh(new C(-z.Im, z.Re)); return new C(r.Im, -r.Re); });
        Unary("cos", z => Cosh(new C(-z.Im, z.Re)));
        Unary("tan", z => { var r = Tanh(new C(-z.Im, z.Re)); return new C(r.Im, -r.Re); });
        Unary("asinh", Asinh);
        Unary("acosh", Acosh);
        Unary("atanh", Atanh);
        Unary("asin", z => { var r = Asinh(new C(-z.Im, z.Re)); return new C(r.Im, -r.Re); });
        Unary("acos", Acos);
        Unary("atan", z => { var r = Atanh(new C(-z.Im, z.Re)); return new C(r.Im, -r.Re); });

        Fn("log", (args, kw) =>
        {
            Args.Check(args, kw, "log", 1, 2);
            PyObject?[] a = [args[0], args.Length > 1 ? args[1] : null];
            var z = Log(ToComplex(a[0]!));
            if (a[1] is null) return new PyComplex(z.Re, z.Im);
            var b = Log(ToComplex(a[1]!));
            var q = PyComplex.Binary(new PyComplex(z.Re, z.Im), new PyComplex(b.Re, b.Im), Compiler.BinaryOperator.TrueDivide);
            return q ?? throw PyExc.ZeroDivisionError("complex division by zero");
        });
        Fn("phase", (args, kw) =>
        {
            Args.Check(args, kw, "phase", 1, 1);
            var z = ToComplex(args[0]);
            return new PyFloat(Math.Atan2(z.Im, z.Re));
        });
        Fn("polar", (args, kw) =>
        {
            Args.Check(args, kw, "polar", 1, 1);
            var z = ToComplex(args[0]);
            double r = Abs(z);
            if (double.IsInfinity(r) && double.IsFinite(z.Re) && double.IsFinite(z.Im)) throw RangeError();
            return PyTuple.Create(new PyFloat(r), new PyFloat(Math.Atan2(z.Im, z.Re)));
        });
        Fn("rect", (args, kw) =>
        {
            Args.Check(args, kw, "rect", 2, 2);
            double r = MathModule.ToDouble(args[0]), phi = MathModule.ToDouble(args[1]);
            return Rect(r, phi);
        });
        Fn("isfinite", (args, kw) => { Args.Check(args, kw, "isfinite", 1, 1); var z = ToComplex(args[0]); return PyInt.FromBool(double.IsFinite(z.Re) && double.IsFinite(z.Im)); });
        Fn("isinf", (args, kw) => { Args.Check(args, kw, "isinf", 1, 1); var z = ToComplex(args[0]); return PyInt.FromBool(double.IsInfinity(z.Re) || double.IsInfinity(z.Im)); });
        Fn("isnan", (args, kw) => { Args.Check(args, kw, "isnan", 1, 1); var z = ToComplex(args[0]); return PyInt.FromBool(double.IsNaN(z.Re) || double.IsNaN(z.Im)); });
        Fn("isclose", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "isclose", ["a", "b", "rel_tol", "abs_tol"], 2, positionalOnly: 0, maxPositional: 2);
            var x = ToComplex(a[0]!);
            var y = ToComplex(a[1]!);
            double relTol = a[2] is null ? 1e-9 : MathModule.ToDouble(a[2]!);
            double absTol = a[3] is null ? 0.0 : MathModule.ToDouble(a[3]!);
            if (relTol < 0 || absTol < 0) throw PyExc.ValueError("tolerances must be non-negative");
            if (x.Re == y.Re && x.Im == y.Im) return PyInt.True;
            if (double.IsInfinity(x.Re) || double.IsInfinity(x.Im) || double.IsInfinity(y.Re) || double.IsInfinity(y.Im)) return PyInt.False;
            double diff = Abs(new C(x.Re - y.Re, x.Im - y.Im));
            return PyInt.FromBool(diff <= relTol * Abs(y) || diff <= relTol * Abs(x) || diff <= absTol);
        });
        return module;
    }

    private static PythonException DomainError() => PyExc.ValueError("math domain error");
    private static PythonException RangeError() => PyExc.OverflowError("math range error");

    private static double Abs(C z)
    {
        if (double.IsInfinity(z.Re) || double.IsInfinity(z.Im)) return double.PositiveInfinity;
        return Hypot(z.Re, z.Im);
    }

    /// <summary>complex(x) for an argument: complex, float, int, or objects with __complex__/__float__/__index__.</summary>
    private static C ToComplex(PyObject o)
    {
        if (PyComplex.TryConvert(o, out double re, out double im)) return new C(re, im);
        if (o.Type.Lookup("__complex__") is { } method)
        {
            var r = PyOps.CallSpecial(method, o);
            if (PyOps.Unwrap(r) is PyComplex c) return new C(c.Real, c.Imag);
            throw PyExc.TypeError($"__complex__ returned non-complex (type {r.Type.Name})");
        }
        return new C(MathModule.ToDouble(o), 0);
    }

    /// <summary>A finite argument whose result overflowed: OverflowError, as CPython's ERANGE.</summary>
    private static void CheckOverflow(C z, C r)
    {
        // Poles (log(0), atanh(1)) are domain errors, raised where they are found.
        if (double.IsFinite(z.Re) && double.IsFinite(z.Im) && (double.IsInfinity(r.Re) || double.IsInfinity(r.Im)))
            throw RangeError();
    }

    private static PyObject Rect(double r, double phi)
    {
        if (double.IsFinite(r) && double.IsFinite(phi))
        {
            if (phi == 0) return new PyComplex(r, r * phi);
            return new PyComplex(r * Math.Cos(phi), r * Math.Sin(phi));
        }
        if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0)
        {
            double re = r > 0 ? Math.CopySign(double.PositiveInfinity, Math.Cos(phi)) : -Math.CopySign(double.PositiveInfinity, Math.Cos(phi));
            double im = r > 0 ? Math.CopySign(double.PositiveInfinity, Math.Sin(phi)) : -Math.CopySign(double.PositiveInfinity, Math.Sin(phi));
            return new PyComplex(re, im);
        }
        if (double.IsInfinity(phi) && !double.IsNaN(r) && r != 0) throw DomainError();
        if (double.IsNaN(r) && phi == 0) return new PyComplex(r, phi);
        if (r == 0 && !double.IsNaN(phi)) return new PyComplex(0, 0);
        if (double.IsInfinity(r) && phi == 0) return new PyComplex(r, phi * r);
        return new PyComplex(r * Math.Cos(phi), r * Math.Sin(phi));
    }

    // ---- elementary functions ----

    private static C Sqrt(C z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y)) return new C(double.PositiveInfinity, y);
        if (double.IsNaN(x))
            return new C(x, double.IsInfinity(y) ? y : double.NaN);
        if (double.IsInfinity(x))
        {
            if (double.IsNaN(y)) return x > 0 ? new C(x, y) : new C(y, double.PositiveInfinity);
            return x > 0 ? new C(x, Math.CopySign(0, y)) : new C(0, Math.CopySign(double.PositiveInfinity, y));
        }
        if (double.IsNaN(y)) return new C(double.NaN, double.NaN);
        if (x == 0 && y == 0) return new C(0, y);
        double ax = Math.Abs(x), ay = Math.Abs(y);
        double s;
        if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308)
        {
            // Subnormal inputs: scale up by 2**53 and the square root back down by 2**27 (sqrt(2**53)/sqrt(2)).
            double scaled = Math.ScaleB(ax, 53);
            s = Math.ScaleB(Math.Sqrt(scaled + Hypot(scaled, Math.ScaleB(ay, 53))), -27);
        }
        else
        {
            ax /= 8;
            s = 2 * Math.Sqrt(ax + Hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return x >= 0 ? new C(s, Math.CopySign(d, y)) : new C(d, Math.CopySign(s, y));
    }

    private static C Exp(C z)
    {
        double x = z.Re, y = z.Im;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
            {
                if (x > 0) return new C(Math.CopySign(double.PositiveInfinity, Math.Cos(y)), Math.CopySign(double.PositiveInfinity, Math.Sin(y)));
                return new C(Math.CopySign(0, Math.Cos(y)), Math.CopySign(0, Math.Sin(y)));
            }
            if (double.IsInfinity(y) && (double.IsFinite(x) || x > 0)) throw DomainError();
            if (double.IsNegativeInfinity(x)) return new C(0, y == 0 ? y : 0);
            if (double.IsPositiveInfinity(x)) return new C(x, double.IsNaN(y) ? y : y);
            if (double.IsNaN(x)) return new C(x, y == 0 ? y : double.NaN);
            return new C(double.NaN, double.NaN);
        }
        double l, re, im;
        if (x > LogLargeDouble)
        {
            l = Math.Exp(x - 1);
            re = l * Math.Cos(y) * Math.E;
            im = l * Math.Sin(y) * Math.E;
        }
        else
        {
            l = Math.Exp(x);
            re = l * Math.Cos(y);
            im = l * Math.Sin(y);
        }
        return new C(re, y == 0 ? y * l : im);
    }

    private static C Log(C z)
    {
        double x = z.Re, y = z.Im;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) || double.IsInfinity(y))
                return new C(double.PositiveInfinity, double.IsNaN(x) || double.IsNaN(y) ? double.NaN : Math.Atan2(y, x));
            return new C(double.NaN, double.NaN);
        }
        double ax = Math.Abs(x), ay = Math.Abs(y);
        double re;
        if (ax > LargeDouble || ay > LargeDouble)
            re = Math.Log(Hypot(ax / 2, ay / 2)) + Ln2;
        else if (ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308)
        {
            if (ax > 0 || ay > 0) re = Math.Log(Hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
            else throw DomainError();
        }
        else
        {
            double h = Hypot(ax, ay);
            if (h >= 0.71 && h <= 1.73)
            {
                double am = Math.Max(ax, ay), an = Math.Min(ax, ay);
                re = CLibraryMath.Log1p((am - 1) * (am + 1) + an * an) / 2;
            }
            else re = Math.Log(h);
        }
        return new C(re, Math.Atan2(y, x));
    }

    /// <summary>
    /// sqrt(x*x + y*y) with a fused correction step (Borges, "An Improved Algorithm for hypot(a,b)"),
    /// close to the correctly rounded result the C library's hypot gives.
    /// </summary>
    private static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x < y) (x, y) = (y, x);
        if (y == 0) return x;
        // Scale into a range where squares neither overflow nor underflow.
        int exponent = Math.ILogB(x);
        double scale = exponent > 500 ? Math.ScaleB(1.0, -600) : exponent < -500 ? Math.ScaleB(1.0, 600) : 1.0;
        x *= scale;
        y *= scale;
        double h = Math.Sqrt(Math.FusedMultiplyAdd(x, x, y * y));
        double hSquared = h * h, xSquared = x * x;
        double error = Math.FusedMultiplyAdd(-y, y, hSquared - xSquared) + Math.FusedMultiplyAdd(h, h, -hSquared) - Math.FusedMultiplyAdd(x, x, -xSquared);
        return (h - error / (2 * h)) / scale;
    }

    private static C Cosh(C z)
    {
        double x = z.Re, y = z.Im;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
                return new C(Math.CopySign(double.PositiveInfinity, Math.Cos(y)), Math.CopySign(double.PositiveInfinity, Math.Sin(y)) * Math.Sign(x));
            if (double.IsInfinity(y) && !double.IsNaN(x)) throw DomainError();
            if (double.IsInfinity(x))
                return new C(double.PositiveInfinity, double.IsNaN(y) ? double.NaN : (x > 0) == !double.IsNegative(y) ? 0.0 : -0.0);
            if (double.IsNaN(x)) return new C(double.NaN, y == 0 ? 0 : double.NaN);
            return new C(double.NaN, x == 0 ? 0 : double.NaN);
        }
        if (Math.Abs(x) > LogLargeDouble)
        {
            double xm1 = x - Math.CopySign(1, x);
            return new C(Math.Cos(y) * Math.Cosh(xm1) * Math.E, Math.Sin(y) * Math.Sinh(xm1) * Math.E);
        }
        return new C(Math.Cos(y) * Math.Cosh(x), Math.Sin(y) * Math.Sinh(x));
    }

    private static C Sinh(C z)
    {
        double x = z.Re, y = z.Im;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
                return new C(Math.CopySign(double.PositiveInfinity, Math.Cos(y)) * Math.Sign(x), Math.CopySign(double.PositiveInfinity, Math.Sin(y)));
            if (double.IsInfinity(y) && !double.IsNaN(x)) throw DomainError();
            if (double.IsInfinity(x)) return double.IsNaN(y) ? new C(double.PositiveInfinity, y) : new C(x, y);
            if (double.IsNaN(x)) return new C(double.NaN, y == 0 ? y : double.NaN);
            return new C(x == 0 ? 0 : double.NaN, double.NaN);
        }
        if (Math.Abs(x) > LogLargeDouble)
        {
            double xm1 = x - Math.CopySign(1, x);
            return new C(Math.Cos(y) * Math.Sinh(xm1) * Math.E, Math.Sin(y) * Math.Cosh(xm1) * Math.E);
        }
        return new C(Math.Cos(y) * Math.Sinh(x), Math.Sin(y) * Math.Cosh(x));
    }

    private static C Tanh(C z)
    {
        double x = z.Re, y = z.Im;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsInfinity(x) && double.IsFinite(y))
                return new C(Math.CopySign(1, x), Math.CopySign(0, 2 * Math.Sin(y) * Math.Cos(y)));
            if (double.IsInfinity(x)) return new C(Math.CopySign(1, x), 0);
            if (double.IsInfinity(y) && double.IsFinite(x)) throw DomainError();
            if (double.IsNaN(x)) return new C(double.NaN, y == 0 ? y : double.NaN);
            return new C(double.NaN, double.NaN);
        }
        if (Math.Abs(x) > LogLargeDouble)
            return new C(Math.CopySign(1, x), 4 * Math.Sin(y) * Math.Cos(y) * Math.Exp(-2 * Math.Abs(x)));
        double tx = Math.Tanh(x), ty = Math.Tan(y), cx = 1 / Math.Cosh(x);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new C(tx * (1 + ty * ty) / denom, ty / denom * cx * cx);
    }

    private static C Asinh(C z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x)) return new C(x, double.NaN);
            if (double.IsInfinity(y)) return new C(double.PositiveInfinity, double.NaN);
            return new C(double.NaN, y == 0 ? y : double.NaN);
        }
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            double re = y >= 0
                ? Math.CopySign(Math.Log(Hypot(x / 2, y / 2)) + 2 * Ln2, x)
                : -Math.CopySign(Math.Log(Hypot(x / 2, y / 2)) + 2 * Ln2, -x);
            return new C(re, Math.Atan2(y, Math.Abs(x)));
        }
        var s1 = Sqrt(new C(1 + y, -x));
        var s2 = Sqrt(new C(1 - y, x));
        return new C(Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), Math.Atan2(y, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    private static C Acos(C z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x)) return new C(double.NaN, double.PositiveInfinity);
            if (double.IsInfinity(y)) return new C(double.NaN, -y);
            if (x == 0 && double.IsNaN(y)) return new C(Math.PI / 2, double.NaN);
            return new C(double.NaN, double.NaN);
        }
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
        {
            double re = Math.Atan2(Math.Abs(y), x);
            double magnitude = Math.Log(Hypot(x / 2, y / 2)) + 2 * Ln2;
            double im = x < 0 ? -Math.CopySign(magnitude, y) : Math.CopySign(magnitude, -y);
            return new C(re, im);
        }
        var s1 = Sqrt(new C(1 - x, -y));
        var s2 = Sqrt(new C(1 + x, y));
        return new C(2 * Math.Atan2(s1.Re, s2.Re), Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    private static C Acosh(C z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x) || double.IsInfinity(y)) return new C(double.PositiveInfinity, double.NaN);
            return new C(double.NaN, double.NaN);
        }
        if (Math.Abs(x) > LargeDouble || Math.Abs(y) > LargeDouble)
            return new C(Math.Log(Hypot(x / 2, y / 2)) + 2 * Ln2, Math.Atan2(y, x));
        var s1 = Sqrt(new C(x - 1, y));
        var s2 = Sqrt(new C(x + 1, y));
        return new C(Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2 * Math.Atan2(s1.Im, s2.Re));
    }

    private static C Atanh(C z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x)) return new C(Math.CopySign(0, x), double.NaN);
            if (double.IsInfinity(y)) return new C(0, Math.CopySign(Math.PI / 2, y));
            if (x == 0) return new C(x, double.NaN);
            return new C(double.NaN, double.NaN);
        }
        if (x < 0 || (x == 0 && double.IsNegative(x)))
        {
            var r = Atanh(new C(-x, -y));
            return new C(-r.Re, -r.Im);
        }
        double ay = Math.Abs(y);
        if (x > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = Hypot(x / 2, y / 2);
            return new C(double.IsInfinity(x) ? 0 : x / 4 / h / h, -Math.CopySign(Math.PI / 2, -y));
        }
        if (x == 1 && ay < SqrtDblMin)
        {
            if (ay == 0) throw DomainError();
            return new C(-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2))), Math.CopySign(Math.Atan2(2, -ay) / 2, y));
        }
        return new C(CLibraryMath.Log1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.Atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2);
    }
}
