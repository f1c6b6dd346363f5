using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>atexit</c> module. Callbacks live in the module object of the running program, so
/// each program (each <c>sys.modules</c>) has its own list; <see cref="ScriptRunner"/> runs them
/// in reverse order of registration after the main module finishes, as CPython does at exit.
/// </summary>
internal static class AtexitModule
{
    private sealed record Callback(PyObject Function, PyObject[] Arguments, PyTuple? KeywordNames);

    /// <summary>The callbacks of each atexit module object (one per program).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyModule, AtexitState> s_states = new();

    private sealed class AtexitState
    {
        public readonly List<Callback> Callbacks = [];
    }

    public static PyModule Create(ThreadState ts)
    {
        var atexit = new PyModule("atexit");
        var module = new AtexitState();
        s_states.Add(atexit, module);
        var d = atexit.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        Fn("register", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos == 0) throw PyExc.TypeError("register() takes at least 1 argument (0 given)");
            var function = args[0];
            if (!(function is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || function.Type.GetSlots().Call is not null))
                throw PyExc.TypeError("the first argument must be callable");
            lock (module.Callbacks) module.Callbacks.Add(new Callback(function, args[1..].ToArray(), kw));
            return function;
        });
        Fn("unregister", (args, kw) =>
        {
            Args.Check(args, kw, "unregister", 1, 1);
            var function = args[0];
            lock (module.Callbacks) module.Callbacks.RemoveAll(c => ReferenceEquals(c.Function, function) || PyOps.Eq(c.Function, function));
            return PyNone.Instance;
        });
        Fn("_clear", (args, kw) =>
        {
            lock (module.Callbacks) module.Callbacks.Clear();
            return PyNone.Instance;
        });
        Fn("_ncallbacks", (args, kw) => PyInt.FromLong(module.Callbacks.Count));
        Fn("_run_exitfuncs", (args, kw) =>
        {
            RunCallbacks(module, ThreadState.Current);
            return PyNone.Instance;
        });
        return atexit;
    }

    /// <summary>Runs and clears the callbacks of the program's <c>atexit</c> module, if it was imported.</summary>
    internal static void RunAtExit(ThreadState ts)
    {
        if (ts.Modules.TryGetStr("atexit", out var module) && module is PyModule m && s_states.TryGetValue(m, out var state))
            RunCallbacks(state, ts);
    }

    /// <summary>Last registered first; an exception is reported on stderr and the others still run.</summary>
    private static void RunCallbacks(AtexitState state, ThreadState ts)
    {
        while (true)
        {
            Callback callback;
            lock (state.Callbacks)
            {
                if (state.Callbacks.Count == 0) return;
                callback = state.Callbacks[^1];
                state.Callbacks.RemoveAt(state.Callbacks.Count - 1);
            }
            try
            {
                PyOps.Call(callback.Function, callback.Arguments, callback.KeywordNames);
            }
            catch (PythonException e) when (!e.Exception.Type.IsSubtypeOf(TypeObjects.SystemExit))
            {
                ts.Stdout.Flush();
                string what;
                try { what = PyOps.Repr(callback.Function); }
                catch (PythonException) { what = "<object repr() failed>"; }
                ts.Stderr.Write($"Exception ignored in atexit callback: {what}\n{ExceptionFormatter.Format(e.Exception)}");
            }
            catch (PythonException)
            {
                // SystemExit from a callback is ignored, as CPython does.
            }
        }
    }
}
