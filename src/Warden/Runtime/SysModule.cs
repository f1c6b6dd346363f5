using Warden.Modules;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>The <c>sys</c> module: the parts that describe or control this runtime.</summary>
internal static class SysModule
{
    /// <summary>The native-module factory: the running context's <c>sys</c>, which exists once per context.</summary>
    public static PyModule Create(ThreadState ts) => ts.Context.Sys;

    /// <summary>Builds the <c>sys</c> module of <paramref name="context"/>; its streams write to that context's writers.</summary>
    internal static PyModule Create(PythonContext context)
    {
        var sys = new PyModule("sys");
        var d = sys.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("argv", new PyList(context.Argv.Select(a => (PyObject)PyStr.From(a)).ToArray(), context.Argv.Length));
        d.SetStr("modules", context.Modules);
        d.SetStr("maxsize", PyInt.FromLong(long.MaxValue));
        d.SetStr("platform", PyStr.From(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetStr("byteorder", PyStr.From(BitConverter.IsLittleEndian ? "little" : "big"));
        AddInterpreterFacts(d);
        d.SetStr("builtin_module_names", new PyTuple(NativeModules.Names.Select(n => (PyObject)PyStr.From(n)).ToArray()));
        d.SetStr("path", new PyList());
        AddStandardStreams(d, context);
        Fn("exit", (args, kw) =>
        {
            Args.Check(args, kw, "exit", 0, 1);
            throw new PythonException(args.Length == 0
                ? new PyBaseException(TypeObjects.SystemExit)
                : new PyBaseException(TypeObjects.SystemExit, args[0]));
        });
        Fn("getrecursionlimit", (args, kw) => PyInt.FromLong(ThreadState.Current.RecursionLimit));
        Fn("setrecursionlimit", (args, kw) =>
        {
            Args.Check(args, kw, "setrecursionlimit", 1, 1);
            long limit = PyOps.AsIndex(args[0]);
            if (limit < 1) throw PyExc.ValueError("recursion limit must be greater or equal than 1");
            var state = ThreadState.Current;
            if (limit <= state.Depth)
                throw PyExc.RecursionError($"cannot set the recursion limit to {limit} at the recursion depth {state.Depth}: the limit is too low");
            state.RecursionLimit = (int)Math.Min(limit, int.MaxValue);
            state.Context.RecursionLimit = state.RecursionLimit;
            return PyNone.Instance;
        });
        Fn("get_int_max_str_digits", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyExc.TypeError("sys.get_int_max_str_digits() takes no keyword arguments");
            if (args.Length > 0) throw PyExc.TypeError($"sys.get_int_max_str_digits() takes no arguments ({args.Length} given)");
            return PyInt.FromLong(ThreadState.Current.Context.IntMaxStrDigits);
        });
        Fn("set_int_max_str_digits", (args, kw) =>
        {
            ThreadState.Current.Context.IntMaxStrDigits = ParseIntMaxStrDigits(args, kw);
            return PyNone.Instance;
        });
        Fn("exc_info", (args, kw) =>
        {
            var exc = ThreadState.Current.HandledException;
            return exc is null ? PyTuple.Create(PyNone.Instance, PyNone.Instance, PyNone.Instance)
                : PyTuple.Create(exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance);
        });
        Fn("_getframe", (args, kw) =>
        {
            Args.Check(args, kw, "_getframe", 0, 1);
            return FrameMethods.GetFrame(args.Length == 0 ? 0 : (int)Math.Clamp(PyOps.AsIndex(args[0]), int.MinValue, int.MaxValue));
        });
        Fn("exception", (args, kw) => (PyObject?)ThreadState.Current.HandledException ?? PyNone.Instance);
        // The default hook for uncaught exceptions (threading calls it): the traceback to sys.stderr.
        var excepthook = new PyBuiltinFunction("excepthook", (args, kw) =>
        {
            Args.Check(args, kw, "excepthook", 3, 3);
            string report;
            // CPython reports a value that is no exception instead of raising.
            if (args[1] is not PyBaseException exc) report = $"TypeError: print_exception(): Exception expected for value, {args[1].Type.Name} found\n";
            else
            {
                if (args[2] is PyTraceback tb) exc.Traceback = tb;
                // NameError hints come from the namespaces of the frame the exception left, as CPython's.
                var last = exc.Traceback;
                while (last?.Next is not null) last = last.Next;
                report = ExceptionFormatter.Format(exc, last?.Frame.Globals, last?.Frame.Builtins);
            }
            PyOps.Call1(PyOps.GetAttr(d.TryGetStr("stderr", out var err) ? err : PyNone.Instance, PyStr.From("write")), PyStr.From(report));
            return PyNone.Instance;
        });
        d.SetStr("excepthook", excepthook);
        d.SetStr("__excepthook__", excepthook);
        // PEP 578 hooks of this context: the stdlib raises events (tempfile, os, open...) through audit().
        var auditHooks = new List<PyObject>();
        Fn("addaudithook", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "addaudithook", ["hook"], 1);
            auditHooks.Add(a[0]!);
            return PyNone.Instance;
        });
        Fn("audit", (args, kw) =>
        {
            if (args.Length == 0) throw PyExc.TypeError("audit() missing 1 required positional argument: 'event'");
            if (PyOps.Unwrap(args[0]) is not PyStr) throw PyExc.TypeError($"expected str for argument 'event', not {args[0].Type.Name}");
            if (auditHooks.Count == 0) return PyNone.Instance;
            var eventArgs = new PyTuple(args[1..].ToArray());
            foreach (var hook in auditHooks.ToArray()) PyOps.Call(hook, [args[0], eventArgs], null);
            return PyNone.Instance;
        });
        Fn("intern", (args, kw) =>
        {
            Args.Check(args, kw, "intern", 1, 1);
            if (args[0] is not PyStr s) throw PyExc.TypeError($"intern() argument must be str, not {args[0].Type.Name}");
            // Interning is an identity optimisation; returning the argument keeps every observable value.
            return s;
        });
        Fn("getdefaultencoding", (args, kw) => PyStr.From("utf-8"));
        Fn("getfilesystemencoding", (args, kw) => PyStr.From("utf-8"));
        Fn("getfilesystemencodeerrors", (args, kw) => PyStr.From("surrogateescape"));
        return sys;
    }

    /// <summary>
    /// <c>sys.stdin</c>/<c>stdout</c>/<c>stderr</c> (and the <c>__std*__</c> originals): io.TextIOWrapper
    /// objects over the context's host reader and writers (<see cref="PythonContext.Stdin"/>,
    /// <see cref="PythonContext.Stdout"/>, <see cref="PythonContext.Stderr"/>), looked up at each
    /// call so a host can redirect them.
    /// </summary>
    private static void AddStandardStreams(PyDict d, PythonContext context)
    {
        var stdout = Modules.Io.PyTextIOWrapper.ForHost("<stdout>", 1, () => context.Stdout, "strict");
        var stderr = Modules.Io.PyTextIOWrapper.ForHost("<stderr>", 2, () => context.Stderr, "backslashreplace");
        var stdin = Modules.Io.PyTextIOWrapper.ForHostInput("<stdin>", 0, () => context.Stdin);
        foreach (var (name, stream) in new[] { ("stdin", stdin), ("stdout", stdout), ("stderr", stderr) })
        {
            d.SetStr(name, stream);
            d.SetStr($"__{name}__", stream);
        }
    }

    /// <summary>
    /// The attributes the stdlib reads at import time. Values that describe the language
    /// (limits, float format, hashing) are CPython 3.11's on 64-bit Linux, because code
    /// compares them with CPython's; <c>implementation.name</c> is <c>'warden'</c> so code can
    /// tell this runtime apart, and <c>cache_tag</c> is None because Warden writes no bytecode caches.
    /// </summary>
    /// <summary>Binds and validates <c>set_int_max_str_digits(maxdigits)</c> with CPython's messages.</summary>
    private static int ParseIntMaxStrDigits(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        if (args.Length > 1) throw PyExc.TypeError($"set_int_max_str_digits() takes at most 1 argument ({args.Length} given)");
        PyObject? given = null;
        if (nkw == 0) given = args.Length == 1 ? args[0] : null;
        else if (((PyStr)kwnames!.Items[0]).Value == "maxdigits") given = args[0];
        // An unknown keyword leaves the parameter unbound: CPython reports the missing argument.
        if (given is null) throw PyExc.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        var index = PyOps.Index(given);
        if (!index.IsSmall || index.Small is < int.MinValue or > int.MaxValue)
            throw PyExc.OverflowError("Python int too large to convert to C int");
        long requested = index.Small;
        if (requested != 0 && requested < IntMaxStrDigits.Threshold)
            throw PyExc.ValueError($"maxdigits must be 0 or larger than {IntMaxStrDigits.Threshold}");
        return (int)requested;
    }

    private static void AddInterpreterFacts(PyDict d)
    {
        static PyObject I(long v) => PyInt.FromLong(v);
        static PyObject S(string v) => PyStr.From(v);
        var versionInfo = StructSequence.Define("sys.version_info",
            ["major", "minor", "micro", "releaselevel", "serial"], constructible: false).Create(I(3), I(11), I(2), S("final"), I(0));
        d.SetStr("version_info", versionInfo);
        d.SetStr("version", S("3.11.2 (Warden)"));
        d.SetStr("hexversion", I(0x030B02F0));
        d.SetStr("api_version", I(1013));
        d.SetStr("implementation", new PyNamespace()
            .With("name", S("warden"))
            .With("cache_tag", PyNone.Instance)
            .With("version", versionInfo)
            .With("hexversion", I(0x030B02F0)));
        d.SetStr("warnoptions", new PyList());
        d.SetStr("_xoptions", new PyDict());
        d.SetStr("flags", StructSequence.Define("sys.flags",
            ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
             "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
             "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"], constructible: false).Create(
            [I(0), I(0), I(0), I(0), I(1), I(0), I(0), I(0), I(0), I(0), I(0), I(1), I(0),
             PyInt.False, I(0), I(0), PyInt.False, I(-1)]));
        d.SetStr("float_info", StructSequence.Define("sys.float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]).Create(
            [new PyFloat(double.MaxValue), I(1024), I(308), new PyFloat(2.2250738585072014e-308), I(-1021), I(-307),
             I(15), I(53), new PyFloat(Math.BitIncrement(1.0) - 1.0), I(2), I(1)]));
        d.SetStr("int_info", StructSequence.Define("sys.int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]).Create(
            [I(30), I(4), I(4300), I(640)]));
        d.SetStr("hash_info", StructSequence.Define("sys.hash_info",
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]).Create(
            [I(64), I((1L << 61) - 1), I(314159), I(0), I(1000003), S("siphash13"), I(64), I(128), I(0)]));
        d.SetStr("maxunicode", I(0x10FFFF));
        d.SetStr("float_repr_style", S("short"));
        d.SetStr("abiflags", S(""));
        d.SetStr("executable", S(Environment.ProcessPath ?? ""));
        d.SetStr("_base_executable", S(Environment.ProcessPath ?? ""));
        foreach (var name in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" })
            d.SetStr(name, S("/usr"));
        d.SetStr("platlibdir", S("lib"));
        d.SetStr("pycache_prefix", PyNone.Instance);
        d.SetStr("dont_write_bytecode", PyInt.True);
        d.SetStr("meta_path", new PyList());
        d.SetStr("path_hooks", new PyList());
        d.SetStr("path_importer_cache", new PyDict());
    }
}
