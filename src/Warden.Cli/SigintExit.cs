using System.Runtime.InteropServices;

namespace Warden.Cli;

/// <summary>
/// Ends the process the way CPython does after an uncaught KeyboardInterrupt: it restores the
/// default SIGINT disposition and sends itself SIGINT, so the parent sees "killed by signal 2"
/// (a shell shows status 130, Python's subprocess -2), not an ordinary exit code.
/// </summary>
internal static class SigintExit
{
    private const int SigInt = 2;
    private static readonly IntPtr SigDfl = IntPtr.Zero;

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetSignalHandler(int signal, IntPtr handler);

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    /// <summary>
    /// Terminates by SIGINT on Unix-like systems; returns (the caller then exits with 130, as
    /// CPython does) where that is not possible.
    /// </summary>
    public static void Terminate()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return;
        Console.Out.Flush();
        Console.Error.Flush();
        try
        {
            SetSignalHandler(SigInt, SigDfl);
            Kill(Environment.ProcessId, SigInt);
            // Delivery to the own process is immediate for an unblocked signal; give another
            // thread that might have it unblocked a moment to be chosen.
            Thread.Sleep(1000);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }
}
