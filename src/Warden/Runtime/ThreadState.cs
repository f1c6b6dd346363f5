using System.Runtime.CompilerServices;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// Per-thread interpreter state: the recursion depth shared by Python frames and native
/// re-entry, the limit, the innermost frame and the exception being handled (for bare
/// <c>raise</c> and implicit chaining).
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] private static ThreadState? t_current;

    /// <summary>The context the current thread runs, or null when it has none yet (does not create one).</summary>
    internal static PythonContext? CurrentContextOrNull => t_current?._context;

    public static ThreadState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => t_current ??= new ThreadState();
    }

    /// <summary>Python frames plus native re-entries currently active.</summary>
    public int Depth;

    /// <summary>
    /// The managed id of the thread this state belongs to (each thread creates its own on first
    /// use), so the dispatch loop's frame pooling needs no thread-static read per call.
    /// </summary>
    internal readonly int ManagedThreadId = Environment.CurrentManagedThreadId;

    /// <summary><c>sys.getrecursionlimit()</c>.</summary>
    public int RecursionLimit = 1000;

    /// <summary>
    /// This thread runs a program's main code and takes its Ctrl-C (<see cref="InterruptRequests"/>),
    /// as CPython's main thread takes signals. Set by the CLI for the program or prompt thread;
    /// embedding hosts opt in.
    /// </summary>
    public bool HandlesInterrupts { get; set; }

    /// <summary>The innermost executing frame.</summary>
    internal Frame? CurrentFrame;

    /// <summary>The exception currently being handled (<c>sys.exc_info()[1]</c>), or null.</summary>
    public PyBaseException? HandledException;

    /// <summary>Address of a stack location near the bottom of this thread's stack, or 0 when unknown.</summary>
    internal long StackBase;
    /// <summary>Bytes of native stack Python execution may use on this thread (0: unknown, rely on the runtime's check).</summary>
    internal long StackBudget;

    /// <summary>
    /// True when native recursion (nested interpreter loops, reprs of nested containers) must stop:
    /// the runtime's own margin, or our budget on threads whose stack size we chose. Raising an
    /// exception needs stack too, so the budget leaves a generous reserve.
    /// </summary>
    internal unsafe bool StackTooDeep()
    {
        byte marker;
        long here = (long)&marker;
        // The runtime's check reads the thread's stack limit through native thread-local
        // storage (a measurable cost per generator step). Stacks grow down: once a depth has
        // passed it, every shallower one passes too, so only a new low point is asked about.
        if (here < _deepestCheckedAddress)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return true;
            _deepestCheckedAddress = here;
        }
        if (StackBudget == 0) return false;
        return StackBase - here > StackBudget;
    }

    // Lowest stack address the runtime's check accepted on this state's thread (a state never
    // leaves the thread that created it: see Current).
    private long _deepestCheckedAddress = long.MaxValue;

    /// <summary>Records the stack of the current thread (call near its start) with <paramref name="usableBytes"/> available.</summary>
    internal unsafe void SetStackBudget(long usableBytes)
    {
        byte marker;
        StackBase = (long)&marker;
        StackBudget = usableBytes;
    }

    private PythonContext? _context;

    /// <summary>
    /// The interpreter this thread is running code for. A thread that never entered one gets its
    /// own on first use (as each program thread had its own <c>sys.modules</c> before contexts).
    /// </summary>
    public PythonContext Context
    {
        get => _context ??= new PythonContext();
        set
        {
            _context = value;
            RecursionLimit = value.RecursionLimit;
        }
    }

    /// <summary>
    /// Makes <paramref name="context"/> current on this thread until the returned scope is disposed
    /// (the previous one is then restored, so a host callback may run another engine's code).
    /// </summary>
    public ContextScope Enter(PythonContext context)
    {
        var scope = new ContextScope(this, _context, RecursionLimit);
        Context = context;
        return scope;
    }

    /// <summary>Restores the context a thread ran before <see cref="Enter"/>.</summary>
    public readonly struct ContextScope : IDisposable
    {
        private readonly ThreadState _state;
        private readonly PythonContext? _previous;
        private readonly int _previousLimit;

        internal ContextScope(ThreadState state, PythonContext? previous, int previousLimit)
        {
            _state = state;
            _previous = previous;
            _previousLimit = previousLimit;
        }

        public void Dispose()
        {
            _state._context = _previous;
            _state.RecursionLimit = _previousLimit;
        }
    }

    /// <summary><c>sys.modules</c> of the context this thread runs.</summary>
    public PyDict Modules => Context.Modules;

    /// <summary><c>sys.argv</c> of the context this thread runs.</summary>
    public string[] Argv
    {
        get => Context.Argv;
        set => Context.Argv = value;
    }

    /// <summary>Where print() and friends write: the current context's standard output.</summary>
    public TextWriter Stdout
    {
        get => Context.Stdout;
        set => Context.Stdout = value;
    }

    /// <summary>The current context's standard error.</summary>
    public TextWriter Stderr
    {
        get => Context.Stderr;
        set => Context.Stderr = value;
    }
}

/// <summary>Depth accounting for native code that calls back into Python or recurses natively (repr of nested containers).</summary>
internal readonly struct ReentryGuard : IDisposable
{
    private readonly ThreadState _state;

    private ReentryGuard(ThreadState state) => _state = state;

    public static ReentryGuard Enter(string where)
    {
        var ts = ThreadState.Current;
        if (ts.Depth + 1 > ts.RecursionLimit || ts.StackTooDeep())
            throw PyExc.RecursionError("maximum recursion depth exceeded" + where);
        ts.Depth++;
        return new ReentryGuard(ts);
    }

    public void Dispose() => _state.Depth--;
}

/// <summary>Stable small integers for <c>id()</c> (objects have no addresses in .NET).</summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    private static long s_next = 0x7f0000001000;

    public static long Get(PyObject o)
        => (long)s_ids.GetValue(o, _ => Interlocked.Add(ref s_next, 16));
}
