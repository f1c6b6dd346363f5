using System.Numerics;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Python <c>complex</c>: a pair of doubles with CPython's arithmetic rules.</summary>
public sealed class PyComplex : PyObject
{
    public readonly double Real;
    public readonly double Imag;

    public PyComplex(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }

    public override PyType Type => TypeObjects.Complex;

    /// <summary>An int, float or complex operand as a complex number; false for other types.</summary>
    public static bool TryConvert(PyObject o, out double real, out double imag)
    {
        switch (PyOps.Unwrap(o))
        {
            case PyComplex c: real = c.Real; imag = c.Imag; return true;
            case PyFloat f: real = f.Value; imag = 0; return true;
            case PyInt i: real = i.ToDouble(); imag = 0; return true;
        }
        real = imag = 0;
        return false;
    }

    public static PyObject? Binary(PyObject a, PyObject b, Compiler.BinaryOperator op)
    {
        if (!TryConvert(a, out double ar, out double ai) || !TryConvert(b, out double br, out double bi)) return null;
        switch (op)
        {
            case Compiler.BinaryOperator.Add: return new PyComplex(ar + br, ai + bi);
            case Compiler.BinaryOperator.Subtract: return new PyComplex(ar - br, ai - bi);
            case Compiler.BinaryOperator.Multiply: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case Compiler.BinaryOperator.TrueDivide: return Divide(ar, ai, br, bi);
            case Compiler.BinaryOperator.Power: return Power(ar, ai, br, bi, b is PyInt);
            default: return null;
        }
    }

    /// <summary>Division with the scaling CPython uses to avoid overflow.</summary>
    private static PyComplex Divide(double ar, double ai, double br, double bi)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0) throw PyExc.ZeroDivisionError("complex division by zero");
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(double.NaN, double.NaN);
    }

    private static PyComplex Power(double ar, double ai, double br, double bi, bool integerExponent)
    {
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) throw PyExc.ZeroDivisionError("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        if (integerExponent && bi == 0 && Math.Abs(br) <= 100 && br == Math.Floor(br))
        {
            // Small integer powers by repeated squaring, as CPython does.
            long n = (long)Math.Abs(br);
            double rr = 1, ri = 0, xr = ar, xi = ai;
            while (n > 0)
            {
                if ((n & 1) != 0) (rr, ri) = (rr * xr - ri * xi, rr * xi + ri * xr);
                (xr, xi) = (xr * xr - xi * xi, 2 * xr * xi);
                n >>= 1;
            }
            return br < 0 ? Divide(1, 0, rr, ri) : new PyComplex(rr, ri);
        }
        double vabs = Math.Sqrt(ar * ar + ai * ai);
        double len = Math.Pow(vabs, br);
        double at = Math.Atan2(ai, ar);
        double phase = at * br;
        if (bi != 0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        return new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
    }

    public string Repr() => PyRepr.ComplexRepr(new Complex(Real, Imag));

    public long Hash()
    {
        ulong h = (ulong)PyFloat.Hash(Real) + 1000003UL * (ulong)PyFloat.Hash(Imag);
        long result = (long)h;
        return result == -1 ? -2 : result;
    }
}
