using Warden.Objects;

namespace Warden.Runtime;

/// <summary>The <c>sys</c> module: the parts that describe or control this runtime.</summary>
internal static class SysModule
{
    public static PyModule Create(ThreadState ts)
    {
        var sys = new PyModule("sys");
        var d = sys.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("argv", new PyList(ts.Argv.Select(a => (PyObject)PyStr.From(a)).ToArray(), ts.Argv.Length));
        d.SetStr("modules", ts.Modules);
        d.SetStr("maxsize", PyInt.FromLong(long.MaxValue));
        d.SetStr("platform", PyStr.From(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        d.SetStr("byteorder", PyStr.From(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetStr("version_info", PyTuple.Create(PyInt.FromLong(3), PyInt.FromLong(11), PyInt.Zero, PyStr.From("final"), PyInt.Zero));
        d.SetStr("implementation_name", PyStr.From("warden"));
        d.SetStr("path", new PyList());
        d.SetStr("stdout", new PyTextStream("<stdout>", () => ThreadState.Current.Stdout));
        d.SetStr("stderr", new PyTextStream("<stderr>", () => ThreadState.Current.Stderr));
        d.SetStr("__stdout__", d.TryGetStr("stdout", out var o) ? o : PyNone.Instance);
        d.SetStr("__stderr__", d.TryGetStr("stderr", out var e) ? e : PyNone.Instance);
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
            return PyNone.Instance;
        });
        Fn("exc_info", (args, kw) =>
        {
            var exc = ThreadState.Current.HandledException;
            return exc is null ? PyTuple.Create(PyNone.Instance, PyNone.Instance, PyNone.Instance)
                : PyTuple.Create(exc.Type, exc, (PyObject?)exc.Traceback ?? PyNone.Instance);
        });
        Fn("exception", (args, kw) => (PyObject?)ThreadState.Current.HandledException ?? PyNone.Instance);
        Fn("intern", (args, kw) => args[0]);
        Fn("getsizeof", (args, kw) => throw PyExc.NotImplementedError("sys.getsizeof is not available in Warden"));
        return sys;
    }
}

/// <summary>A text stream over a host writer (<c>sys.stdout</c>, <c>sys.stderr</c>).</summary>
internal sealed class PyTextStream : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly Func<TextWriter> _writer;
    public string Name { get; }

    public PyTextStream(string name, Func<TextWriter> writer)
    {
        Name = name;
        _writer = writer;
    }

    public override PyType Type => s_type;

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_io"));
        t.AddMethod("write", (args, kw) =>
        {
            Args.Check(args, kw, "write", 1, 1, 1);
            if (args[1] is not PyStr s) throw PyExc.TypeError($"write() argument must be str, not {args[1].Type.Name}");
            ((PyTextStream)args[0])._writer().Write(s.Value);
            return PyInt.FromLong(s.Length);
        });
        t.AddMethod("flush", (args, kw) =>
        {
            ((PyTextStream)args[0])._writer().Flush();
            return PyNone.Instance;
        });
        t.AddMethod("isatty", (args, kw) => PyInt.False);
        t.AddMethod("__repr__", (args, kw) => PyStr.From($"<_io.TextIOWrapper name='{((PyTextStream)args[0]).Name}' mode='w' encoding='utf-8'>"));
        t.AddGetter("encoding", self => PyStr.From("utf-8"));
        return t;
    }
}
