using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_thread</c> module: locks, thread identity, thread-local data and
/// <c>start_new_thread</c>. A new thread gets its own <see cref="ThreadState"/> sharing the
/// program's modules and output writers, on a thread with the interpreter's large stack.
/// </summary>
internal static class ThreadModule
{
    /// <summary>CPython's <c>TIMEOUT_MAX</c> on 64-bit Linux, in seconds.</summary>
    internal const double TimeoutMax = 9223372036.0;
    private const int ThreadStackSize = 64 * 1024 * 1024;
    private const int ThreadStackReserve = 8 * 1024 * 1024;

    private static long s_nextIdent = 139_870_000_000_000;
    [ThreadStatic] private static long t_ident;
    /// <summary>Locks from <c>_set_sentinel</c> that are released when their thread ends.</summary>
    [ThreadStatic] private static List<PyLock>? t_sentinels;

    /// <summary><c>get_ident()</c>: a stable, nonzero number per host thread.</summary>
    internal static long CurrentIdent
    {
        get
        {
            if (t_ident == 0) t_ident = Interlocked.Add(ref s_nextIdent, 4096);
            return t_ident;
        }
    }

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_thread");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("LockType", PyLock.LockType);
        d.SetStr("RLock", PyRLock.RLockType);
        d.SetStr("_local", PyThreadLocal.LocalType);
        d.SetStr("error", TypeObjects.RuntimeError);
        d.SetStr("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        NativeFunction allocate = (args, kw) =>
        {
            Args.Check(args, kw, "allocate_lock", 0, 0);
            return new PyLock();
        };
        Fn("allocate_lock", allocate);
        Fn("allocate", allocate);
        Fn("get_ident", (args, kw) => PyInt.FromLong(CurrentIdent));
        Fn("get_native_id", (args, kw) => PyInt.FromLong(Environment.CurrentManagedThreadId));
        Fn("_count", (args, kw) => PyInt.FromLong(Volatile.Read(ref ThreadState.Current.Context.RunningThreads)));
        Fn("daemon_threads_allowed", (args, kw) => PyInt.True);
        Fn("stack_size", (args, kw) =>
        {
            Args.Check(args, kw, "stack_size", 0, 1);
            if (args.Length == 1 && PyOps.AsIndex(args[0]) is var size && size != 0 && size < 32768)
                throw PyExc.ValueError("size not valid: 32768 bytes");
            return PyInt.Zero;
        });
        Fn("_set_sentinel", (args, kw) =>
        {
            var sentinel = new PyLock();
            (t_sentinels ??= []).Add(sentinel);
            return sentinel;
        });
        NativeFunction exit = (args, kw) => throw new PythonException(new PyBaseException(TypeObjects.SystemExit));
        Fn("exit", exit);
        Fn("exit_thread", exit);
        NativeFunction start = (args, kw) =>
        {
            Args.Check(args, kw, "start_new_thread", 2, 3);
            var function = args[0];
            if (!(function is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || function.Type.GetSlots().Call is not null)) throw PyExc.TypeError("first arg must be callable");
            if (args[1] is not PyTuple arguments) throw PyExc.TypeError("2nd arg must be a tuple");
            var kwargs = args.Length > 2 ? args[2] : null;
            if (kwargs is not null && kwargs is not PyDict) throw PyExc.TypeError("optional 3rd arg must be a dictionary");
            return PyInt.FromLong(Start(ThreadState.Current, function, arguments, (PyDict?)kwargs));
        };
        Fn("start_new_thread", start);
        Fn("start_new", start);
        return module;
    }

    private static long Start(ThreadState parent, PyObject function, PyTuple arguments, PyDict? kwargs)
    {
        long ident = 0;
        using var started = new ManualResetEventSlim();
        var context = parent.Context;
        Interlocked.Increment(ref context.RunningThreads);
        var thread = new Thread(() =>
        {
            var ts = ThreadState.Current;
            ts.SetStackBudget(ThreadStackSize - ThreadStackReserve);
            // The new thread runs in its parent's interpreter: same sys.modules, argv and streams.
            ts.Context = context;
            ts.RecursionLimit = parent.RecursionLimit;
            ident = CurrentIdent;
            started.Set();
            try
            {
                Run(ts, function, arguments, kwargs);
            }
            finally
            {
                if (t_sentinels is { } sentinels)
                    foreach (var sentinel in sentinels) if (sentinel.IsLocked) sentinel.Release();
                t_sentinels = null;
                Interlocked.Decrement(ref context.RunningThreads);
            }
        }, ThreadStackSize) { IsBackground = true };
        thread.Start();
        started.Wait();
        return ident;
    }

    /// <summary>Runs the thread's function; an uncaught exception is reported on stderr, as CPython's thread module does.</summary>
    private static void Run(ThreadState ts, PyObject function, PyTuple arguments, PyDict? kwargs)
    {
        try
        {
            if (kwargs is null || kwargs.Count == 0) PyOps.Call(function, arguments.Items, null);
            else
            {
                var all = new List<PyObject>(arguments.Items);
                var names = new List<PyObject>();
                foreach (var (key, value) in kwargs.Items)
                {
                    names.Add(key);
                    all.Add(value);
                }
                PyOps.Call(function, all.ToArray(), new PyTuple(names.ToArray()));
            }
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
        }
        catch (PythonException e)
        {
            ts.Stderr.Write($"Exception ignored in thread started by: {SafeRepr(function)}\n{ExceptionFormatter.Format(e.Exception)}");
            ts.Stderr.Flush();
        }
        catch (Exception e)
        {
            ts.Stderr.Write($"SystemError: internal error in thread: {e.GetType().Name}: {e.Message}\n");
        }
    }

    private static string SafeRepr(PyObject o)
    {
        try { return PyOps.Repr(o); }
        catch (PythonException) { return "<object repr() failed>"; }
    }
}
