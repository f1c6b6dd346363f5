using System.Runtime.InteropServices;

namespace Warden.Modules;

/// <summary>
/// Functions CPython takes from the platform C library and .NET lacks (log1p). Calling the same
/// library gives the same last bit as CPython; where it cannot be loaded, a managed formula
/// (accurate to about one unit in the last place) is used instead.
/// </summary>
internal static partial class CLibraryMath
{
    private static bool s_unavailable;

    [LibraryImport("libm.so.6", EntryPoint = "log1p")]
    private static partial double NativeLog1p(double x);

    [LibraryImport("libm.so.6", EntryPoint = "expm1")]
    private static partial double NativeExpm1(double x);

    [LibraryImport("libm.so.6", EntryPoint = "exp2")]
    private static partial double NativeExp2(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erf")]
    private static partial double NativeErf(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erfc")]
    private static partial double NativeErfc(double x);

    [LibraryImport("libm.so.6", EntryPoint = "tgamma")]
    private static partial double NativeTgamma(double x);

    [LibraryImport("libm.so.6", EntryPoint = "lgamma")]
    private static partial double NativeLgamma(double x);

    /// <summary>Calls the C library, or <paramref name="fallback"/> once it turned out to be missing.</summary>
    private static double Call(Func<double, double> native, Func<double, double> fallback, double x)
    {
        if (!s_unavailable)
        {
            try
            {
                return native(x);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_unavailable = true;
            }
        }
        return fallback(x);
    }

    private static double Unavailable(string name) =>
        throw Runtime.PyExc.NotImplementedError($"math.{name} needs the C math library, which could not be loaded");

    /// <summary>log(1 + x), accurate for small x.</summary>
    public static double Log1p(double x) => Call(NativeLog1p, ManagedLog1p, x);

    /// <summary>exp(x) - 1, accurate for small x.</summary>
    public static double Expm1(double x) => Call(NativeExpm1, v => Math.Abs(v) < 1e-5 ? v + v * v / 2 + v * v * v / 6 : Math.Exp(v) - 1, x);

    /// <summary>2 ** x.</summary>
    public static double Exp2(double x) => Call(NativeExp2, v => Math.Pow(2, v), x);

    /// <summary>The error function.</summary>
    public static double Erf(double x) => Call(NativeErf, _ => Unavailable("erf"), x);

    /// <summary>The complementary error function.</summary>
    public static double Erfc(double x) => Call(NativeErfc, _ => Unavailable("erfc"), x);

    /// <summary>The gamma function (last-bit differences from CPython's own Lanczos sum are possible).</summary>
    public static double Gamma(double x) => Call(NativeTgamma, _ => Unavailable("gamma"), x);

    /// <summary>log |gamma(x)| (last-bit differences from CPython's own Lanczos sum are possible).</summary>
    public static double LogGamma(double x) => Call(NativeLgamma, _ => Unavailable("lgamma"), x);

    private static double ManagedLog1p(double x)
    {
        if (Math.Abs(x) < 1e-16 || double.IsNaN(x)) return x;
        double u = 1 + x;
        if (u == 1) return x;
        if (double.IsPositiveInfinity(u)) return u;
        // The rounding error of 1 + x, corrected to first order.
        return Math.Log(u) - ((u - 1) - x) / u;
    }
}
