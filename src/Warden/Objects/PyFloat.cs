using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Python <c>float</c>: an IEEE double.</summary>
public sealed class PyFloat : PyObject
{
    public readonly double Value;
    public PyFloat(double value) => Value = value;
    public override PyType Type => TypeObjects.Float;

    public static PyFloat FloorDivide(double a, double b)
    {
        if (b == 0) throw PyExc.ZeroDivisionError("float floor division by zero");
        return new PyFloat(Math.Floor(DivMod(a, b, out _)));
    }

    public static PyFloat Modulo(double a, double b)
    {
        if (b == 0) throw PyExc.ZeroDivisionError("float modulo");
        DivMod(a, b, out double mod);
        return new PyFloat(mod);
    }

    /// <summary>Python's float divmod: the remainder takes the sign of the divisor.</summary>
    private static double DivMod(double a, double b, out double mod)
    {
        mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
        }
        else mod = b < 0 ? -0.0 : 0.0;
        double floorDiv;
        if (div != 0)
        {
            floorDiv = Math.Floor(div);
            if (div - floorDiv > 0.5) floorDiv += 1.0;
        }
        else floorDiv = a / b < 0 ? -0.0 : 0.0;
        return floorDiv;
    }

    public static PyObject Power(double a, double b)
    {
        if (a == 0 && b < 0) throw PyExc.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b))
            return PyComplex.Binary(new PyComplex(a, 0), new PyFloat(b), Compiler.BinaryOperator.Power)!; // a negative base to a fractional power is complex
        double r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw PyExc.OverflowError("(34, 'Numerical result out of range')");
        return new PyFloat(r);
    }

    /// <summary>Python's numeric hash: integral floats hash like the equal int.</summary>
    public static long Hash(double d)
    {
        if (double.IsNaN(d)) return 0;
        if (double.IsInfinity(d)) return d > 0 ? 314159 : -314159;
        if (d == Math.Floor(d) && Math.Abs(d) < 9.2e18) return PyInt.FromLong((long)d).Hash();
        if (d == Math.Floor(d)) return PyInt.FromBig(new System.Numerics.BigInteger(d)).Hash();
        // Python's numeric hash of the exact rational m / 2**k: m * 2**-k modulo 2**61 - 1,
        // where 2**-k is 2**(61 - k mod 61) because 2**61 is 1 modulo the prime.
        const long modulus = (1L << 61) - 1;
        var (num, den) = NumberMethods.ExactRatio(d);
        int k = (int)(den.GetBitLength() - 1);
        var magnitude = System.Numerics.BigInteger.Abs(num) % modulus;
        var h = (long)(magnitude * System.Numerics.BigInteger.ModPow(2, (61 - k % 61) % 61, modulus) % modulus);
        if (num.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /// <summary><c>repr(float)</c> (delegates to the repr helper's shortest round-trip formatting).</summary>
    public static string Repr(double d) => PyRepr.FloatRepr(d);
}
