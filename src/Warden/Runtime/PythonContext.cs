using System.Runtime.CompilerServices;
using Warden.Builtins;
using Warden.Objects;
using Warden.Runtime.Import;

namespace Warden.Runtime;

/// <summary>
/// One interpreter: everything CPython keeps per interpreter rather than per process.
/// <c>sys.modules</c> (and so <c>sys</c>, <c>builtins</c> and every imported module), the
/// builtins namespace that module globals run under, <c>sys.argv</c>, the search path, the
/// standard streams and the recursion limit. A hosting engine owns one; the command line
/// creates one per program. Two contexts share no module state: only the immutable builtin
/// types, the source-line cache of tracebacks and <c>id()</c> numbering are process-wide.
/// </summary>
/// <remarks>
/// A thread runs Python code for one context at a time: <see cref="ThreadState.Context"/>,
/// switched with <see cref="ThreadState.Enter"/>. Several threads may run code of one context
/// at once; imports are serialized by <see cref="ImportLock"/> (CPython's import lock), other
/// shared objects (a module's globals, a list both threads append to) are not locked.
/// </remarks>
public sealed class PythonContext
{
    private static readonly ConditionalWeakTable<PyDict, PythonContext> s_byBuiltins = new();

    private string[] _argv = [""];

    /// <summary>The <c>_signal</c> module's handler table once it is imported (index: signal number).</summary>
    internal PyObject[]? SignalHandlers;
    private int _recursionLimit = 1000;

    /// <summary>Creates an interpreter with a fresh <c>builtins</c> module and an empty <c>sys.modules</c>.</summary>
    public PythonContext()
    {
        BuiltinsDict = BuiltinFunctions.CreateBuiltins();
        BuiltinsModule = new PyModule("builtins", BuiltinsDict);
        Modules = new PyDict();
        Modules.SetStr("builtins", BuiltinsModule);
        s_byBuiltins.AddOrUpdate(BuiltinsDict, this);
    }

    /// <summary><c>sys.modules</c>.</summary>
    public PyDict Modules { get; }

    /// <summary>
    /// The <c>builtins</c> module of this interpreter. Module globals name it in
    /// <c>__builtins__</c>; frames resolve builtin names in its dict (the builtin-lookup choke point),
    /// and <see cref="OwnerOf"/> maps that dict back here, so a policy attached to the context is
    /// reachable from any running frame.
    /// </summary>
    public PyModule BuiltinsModule { get; }

    /// <summary>The namespace of <see cref="BuiltinsModule"/>.</summary>
    public PyDict BuiltinsDict { get; }

    /// <summary><c>sys.argv</c> as the <c>sys</c> module will be created with (set before first use of <c>sys</c>).</summary>
    public string[] Argv
    {
        get => _argv;
        set => _argv = value.Length > 0 ? value : [""];
    }

    /// <summary>Where <c>print()</c>, <c>sys.stdout</c> and echoed results write.</summary>
    public TextWriter Stdout { get; set; } = Console.Out;

    /// <summary>Where <c>sys.stderr</c> writes.</summary>
    public TextWriter Stderr { get; set; } = Console.Error;

    /// <summary>Where <c>input()</c> and <c>sys.stdin</c> read.</summary>
    public TextReader Stdin { get; set; } = Console.In;

    /// <summary><c>sys.getrecursionlimit()</c>; threads entering the context adopt it.</summary>
    public int RecursionLimit
    {
        get => _recursionLimit;
        set => _recursionLimit = Math.Max(1, value);
    }

    private Modules.WeakrefRegistry? _weakrefs;

    /// <summary>The weak references made by this interpreter's code (created on first use).</summary>
    internal Modules.WeakrefRegistry Weakrefs
    {
        get
        {
            if (_weakrefs is { } existing) return existing;
            Interlocked.CompareExchange(ref _weakrefs, new Modules.WeakrefRegistry(), null);
            return _weakrefs;
        }
    }

    /// <summary>Threads started by <c>_thread.start_new_thread</c> in this interpreter that are still running (<c>_thread._count()</c>).</summary>
    internal int RunningThreads;
    /// <summary>
    /// <c>sys.get_int_max_str_digits()</c>: the most decimal digits an int may have in int/str
    /// conversions, or 0 for no limit (see <see cref="Objects.IntMaxStrDigits"/>).
    /// </summary>
    public int IntMaxStrDigits { get; set; } = Objects.IntMaxStrDigits.Default;

    /// <summary>Held while a module is being found and executed, so that two threads never run one module body twice.</summary>
    public object ImportLock { get; } = new();

    private List<string>? _pendingSearchPath;

    /// <summary>The <c>sys</c> module, created on first use (its <c>sys.path</c> is what <see cref="SetSearchPath"/> set before).</summary>
    public PyModule Sys
    {
        get
        {
            lock (ImportLock)
            {
                if (Modules.TryGetStr("sys", out var existing) && existing is PyModule sys) return sys;
                var created = SysModule.Create(this);
                Modules.SetStr("sys", created);
                if (_pendingSearchPath is { } pending) created.Dict.SetStr("path", ToPyList(pending));
                _pendingSearchPath = null;
                return created;
            }
        }
    }

    /// <summary>
    /// Replaces <c>sys.path</c>: <paramref name="first"/> (the program's directory, <c>''</c> for
    /// code without a file), then <c>WARDEN_PATH</c> and the standard library (see <see cref="SearchPaths"/>).
    /// </summary>
    public void InitializeSearchPath(string first)
        => SetSearchPath(SearchPaths.Build(first));

    /// <summary>Replaces <c>sys.path</c> with exactly <paramref name="paths"/> (kept until <c>sys</c> exists, so creating a context stays cheap).</summary>
    public void SetSearchPath(IEnumerable<string> paths)
    {
        lock (ImportLock)
        {
            if (Modules.TryGetStr("sys", out var existing) && existing is PyModule sys) sys.Dict.SetStr("path", ToPyList(paths));
            else _pendingSearchPath = paths.ToList();
        }
    }

    /// <summary>The entries of <c>sys.path</c> that are strings.</summary>
    public IReadOnlyList<string> GetSearchPath()
    {
        lock (ImportLock)
        {
            if (!Modules.TryGetStr("sys", out var existing) || existing is not PyModule sys) return (_pendingSearchPath ?? []).ToList();
            var result = new List<string>();
            if (sys.Dict.TryGetStr("path", out var path) && path is PyList list)
                for (int i = 0; i < list.Count; i++)
                    if (list[i] is PyStr s) result.Add(s.Value);
            return result;
        }
    }

    private static PyList ToPyList(IEnumerable<string> items)
    {
        var list = new PyList();
        foreach (var item in items) list.Append(PyStr.From(item));
        return list;
    }

    /// <summary>The context whose builtins namespace is <paramref name="builtins"/>, or null for one made elsewhere (e.g. an <c>exec</c> with explicit builtins).</summary>
    public static PythonContext? OwnerOf(PyDict builtins)
        => s_byBuiltins.TryGetValue(builtins, out var context) ? context : null;
}
