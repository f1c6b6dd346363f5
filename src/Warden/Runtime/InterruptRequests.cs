using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// Ctrl-C for running Python code. A host (the <c>warden</c> command on SIGINT) calls
/// <see cref="Request"/> from any thread; the thread that has <see cref="ThreadState.HandlesInterrupts"/>
/// set notices it at its next loop iteration and runs its program's SIGINT handler there, as
/// CPython runs signal handlers between bytecodes: by default that raises KeyboardInterrupt.
/// Native calls in progress (a long sort, a blocking read) finish first.
/// </summary>
public static class InterruptRequests
{
    private const int SigInt = 2, SigIgn = 1;

    // Read by the dispatch loop at every backward jump: a plain static field keeps that one load.
    internal static volatile int s_pending;

    /// <summary>
    /// What SIGINT's default disposition (<c>signal.SIG_DFL</c>) does for the program: set by the
    /// host that owns the process (the CLI terminates by SIGINT). Null: raise KeyboardInterrupt.
    /// </summary>
    public static Action? DefaultAction { get; set; }

    private static long s_requestedAt;

    /// <summary>True while a request has not been handled yet.</summary>
    public static bool Pending => s_pending != 0;

    /// <summary>
    /// How long the current request has waited unhandled (zero when none): a host may end the
    /// process on a repeated Ctrl-C when code has not reached a safe point for a while.
    /// </summary>
    public static TimeSpan PendingFor => s_pending != 0 ? TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref s_requestedAt)) : TimeSpan.Zero;

    // Wakes a sleeping interrupt-handling thread (time.sleep) so that it handles the request at once.
    private static readonly ManualResetEventSlim s_wake = new(false);

    /// <summary>Asks the interrupt-handling thread to run its SIGINT handler at its next safe point.</summary>
    public static void Request()
    {
        if (s_pending != 0) return; // one request however many signals arrive before it is handled
        Volatile.Write(ref s_requestedAt, Environment.TickCount64);
        s_pending = 1;
        s_wake.Set();
    }

    /// <summary>
    /// <c>time.sleep</c>: on the interrupt-handling thread a request ends the wait and is handled
    /// at once (KeyboardInterrupt); when the program's handler returns instead, the sleep goes on
    /// for the time left, as CPython does since PEP 475.
    /// </summary>
    public static void Sleep(TimeSpan duration)
    {
        var ts = ThreadState.Current;
        if (!ts.HandlesInterrupts)
        {
            Thread.Sleep(duration);
            return;
        }
        long end = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (true)
        {
            long left = end - System.Diagnostics.Stopwatch.GetTimestamp();
            if (left <= 0) return;
            if (!s_wake.Wait(TimeSpan.FromSeconds((double)left / System.Diagnostics.Stopwatch.Frequency))) return;
            s_wake.Reset();
            Handle(ts);
        }
    }

    /// <summary>Forgets a request nobody handled (a program that ended before its next loop iteration).</summary>
    public static void Clear() => s_pending = 0;

    /// <summary>The dispatch loop's slow path: consumes the request and runs the handler.</summary>
    internal static void Handle(ThreadState ts)
    {
        if (!ts.HandlesInterrupts || Interlocked.Exchange(ref s_pending, 0) == 0) return;
        var handler = ts.Context.SignalHandlers?[SigInt];
        switch (handler)
        {
            case null:
                throw new PythonException(new PyBaseException(TypeObjects.ExceptionByName("KeyboardInterrupt")));
            case PyInt { IsSmall: true, Small: SigIgn }:
                return;
            case PyInt:
                if (DefaultAction is { } terminate) terminate();
                throw new PythonException(new PyBaseException(TypeObjects.ExceptionByName("KeyboardInterrupt")));
            default:
                // CPython passes the current frame; Warden's frame objects are created on demand.
                PyOps.Call(handler, [PyInt.FromLong(SigInt), ts.CurrentFrame is { } frame ? PyFrame.For(frame) : PyNone.Instance], null);
                return;
        }
    }
}
