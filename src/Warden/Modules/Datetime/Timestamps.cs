using System.Numerics;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>Conversion of POSIX timestamp arguments (int or float) to whole seconds and microseconds.</summary>
internal static class Timestamps
{
    // glibc's time_t limits for localtime/gmtime are far wider than the datetime range; CPython
    // reports values beyond what fits a time_t this way, and years beyond 9999 as year errors.
    private const double TimeTLimit = 9.2233720368547758e18;

    /// <summary>
    /// Whole seconds of <paramref name="timestamp"/> and the microseconds left over, rounded with
    /// <paramref name="rounding"/> (half-even for datetime, floor for date).
    /// </summary>
    public static long ToSeconds(PyObject timestamp, MidpointRounding rounding, out int microseconds)
    {
        microseconds = 0;
        switch (PyOps.Unwrap(timestamp))
        {
            case PyInt n:
            {
                BigInteger value = n.Big;
                if (value > long.MaxValue || value < long.MinValue) throw PyExc.OverflowError("timestamp out of range for platform time_t");
                return (long)value;
            }
            case PyFloat f:
            {
                double value = f.Value;
                if (double.IsNaN(value)) throw PyExc.ValueError("Invalid value NaN (not a number)");
                if (rounding == MidpointRounding.ToNegativeInfinity)
                {
                    double floor = Math.Floor(value);
                    if (Math.Abs(floor) >= TimeTLimit) throw PyExc.OverflowError("timestamp out of range for platform time_t");
                    return (long)floor;
                }
                // As C's modf: the fraction keeps the sign of the value, and is carried into range after rounding.
                double whole = Math.Truncate(value);
                double us = Math.Round((value - whole) * 1e6, MidpointRounding.ToEven);
                if (us >= 1e6)
                {
                    us -= 1e6;
                    whole += 1;
                }
                else if (us < 0)
                {
                    us += 1e6;
                    whole -= 1;
                }
                if (Math.Abs(whole) >= TimeTLimit) throw PyExc.OverflowError("timestamp out of range for platform time_t");
                microseconds = (int)us;
                return (long)whole;
            }
            default:
                if (timestamp.Type.Lookup("__float__") is not null)
                    return ToSeconds(new PyFloat(MathModule.ToDouble(timestamp)), rounding, out microseconds);
                throw PyExc.TypeError($"'{timestamp.Type.Name}' object cannot be interpreted as an integer");
        }
    }
}
