using Warden.Modules.Io;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_signal</c> module under CPython's <c>signal.py</c>: Linux signal numbers, the handler
/// table (<c>signal</c>/<c>getsignal</c>), <c>default_int_handler</c> and <c>raise_signal</c>.
/// Handlers are recorded per program and run by <c>raise_signal</c>, and the SIGINT handler when
/// the host forwards Ctrl-C (<see cref="InterruptRequests"/>; the CLI does); the host process's
/// own signal disposition is left to the host (an embedded runtime must not take over SIGINT).
/// </summary>
internal static class SignalModule
{
    private const int SigDfl = 0, SigIgn = 1, NSig = 65, SigInt = 2;

    private static readonly (string Name, int Number)[] s_signals =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6), ("SIGBUS", 7),
        ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14),
        ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
        ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27),
        ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ];

    private static readonly Dictionary<int, string> s_descriptions = new()
    {
        [1] = "Hangup", [2] = "Interrupt", [3] = "Quit", [4] = "Illegal instruction", [5] = "Trace/breakpoint trap",
        [6] = "Aborted", [7] = "Bus error", [8] = "Floating point exception", [9] = "Killed", [10] = "User defined signal 1",
        [11] = "Segmentation fault", [12] = "User defined signal 2", [13] = "Broken pipe", [14] = "Alarm clock", [15] = "Terminated",
        [16] = "Stack fault", [17] = "Child exited", [18] = "Continued", [19] = "Stopped (signal)", [20] = "Stopped",
        [21] = "Stopped (tty input)", [22] = "Stopped (tty output)", [23] = "Urgent I/O condition", [24] = "CPU time limit exceeded",
        [25] = "File size limit exceeded", [26] = "Virtual timer expired", [27] = "Profiling timer expired", [28] = "Window changed",
        [29] = "I/O possible", [30] = "Power failure", [31] = "Bad system call",
    };

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_signal");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        foreach (var (name, number) in s_signals) d.SetStr(name, PyInt.FromLong(number));
        foreach (var (name, value) in new[] { ("SIG_DFL", SigDfl), ("SIG_IGN", SigIgn), ("NSIG", NSig), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1),
                     ("SIG_SETMASK", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2) })
            d.SetStr(name, PyInt.FromLong(value));

        var defaultIntHandler = new PyBuiltinFunction("default_int_handler", (args, kw) =>
            throw new PythonException(new PyBaseException(TypeObjects.ExceptionByName("KeyboardInterrupt"))));
        d.SetStr("default_int_handler", defaultIntHandler);
        var handlers = new PyObject[NSig];
        for (int i = 1; i < NSig; i++) handlers[i] = PyInt.FromLong(i is 13 or 25 ? SigIgn : SigDfl);
        handlers[SigInt] = defaultIntHandler;
        ts.Context.SignalHandlers = handlers; // read when Ctrl-C reaches running code (InterruptRequests)

        int SignalNumber(PyObject o)
        {
            long n = PyOps.AsIndex(o);
            if (n < 1 || n >= NSig) throw PyExc.ValueError("signal number out of range");
            return (int)n;
        }

        Fn("signal", (args, kw) =>
        {
            Args.Check(args, kw, "signal", 2, 2);
            int number = SignalNumber(args[0]);
            var handler = args[1];
            bool isConstant = PyOps.Unwrap(handler) is PyInt hi && hi.IsSmall && hi.Small is SigDfl or SigIgn;
            if (!isConstant && !(handler is PyFunction or PyBuiltinFunction or PyType || handler.Type.Lookup("__call__") is not null))
                throw PyExc.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (number is 9 or 19) throw Libc.Error(Libc.EINVAL);
            var previous = handlers[number];
            handlers[number] = isConstant ? PyInt.FromLong(((PyInt)PyOps.Unwrap(handler)).Small) : handler;
            return previous;
        });
        Fn("getsignal", (args, kw) =>
        {
            Args.Check(args, kw, "getsignal", 1, 1);
            return handlers[SignalNumber(args[0])];
        });
        Fn("raise_signal", (args, kw) =>
        {
            Args.Check(args, kw, "raise_signal", 1, 1);
            int number = SignalNumber(args[0]);
            var handler = handlers[number];
            if (handler is PyInt { Small: SigIgn }) return PyNone.Instance;
            if (handler is PyInt)
            {
                // Default disposition: let the operating system act on this process, as CPython does.
                Libc.RequireAvailable();
                ThreadState.Current.Stdout.Flush();
                if (Libc.Kill(Environment.ProcessId, number) != 0) throw Libc.LastError();
                return PyNone.Instance;
            }
            PyOps.Call(handler, [PyInt.FromLong(number), PyNone.Instance], null);
            return PyNone.Instance;
        });
        Fn("strsignal", (args, kw) =>
        {
            Args.Check(args, kw, "strsignal", 1, 1);
            int number = SignalNumber(args[0]);
            return s_descriptions.TryGetValue(number, out var text) ? PyStr.From(text)
                : number is >= 34 and < NSig ? PyStr.From($"Real-time signal {number - 34}") : PyNone.Instance;
        });
        Fn("valid_signals", (args, kw) =>
        {
            var set = new PySet();
            for (int i = 1; i < NSig; i++)
                if (i is not (32 or 33)) set.Add(PyInt.FromLong(i));
            return set;
        });
        Fn("set_wakeup_fd", (args, kw) => PyInt.FromLong(-1));
        Fn("siginterrupt", (args, kw) =>
        {
            Args.Check(args, kw, "siginterrupt", 2, 2);
            SignalNumber(args[0]);
            return PyNone.Instance;
        });
        return module;
    }
}
