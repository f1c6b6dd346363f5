using Warden.Objects;

namespace Warden.Runtime.Import;

/// <summary><c>builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>: the statement's machinery as a function.</summary>
internal static class ImportFunction
{
    public static PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = Args.Parse(args, kwnames, "__import__", ["name", "globals", "locals", "fromlist", "level"], 1);
        if (a[0] is not PyStr name) throw PyExc.TypeError($"module name must be str, not {a[0]!.Type.Name}");
        var globals = a[1] as PyDict;
        long level = a[4] is null ? 0 : PyOps.AsIndex(a[4]!);
        if (level > 0 && a[1] is not null and not PyNone and not PyDict) throw PyExc.TypeError("globals must be a dict");
        return Importer.Import(name.Value, a[3] ?? PyTuple.Empty, level, globals, ThreadState.Current);
    }
}
