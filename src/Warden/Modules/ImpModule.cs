using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_imp</c> module that CPython's pure-Python <c>importlib</c> sets itself up with. Warden's
/// import system (<see cref="Importer"/>) does the importing; this module answers importlib's
/// questions about it: which modules are built in (the native ones), that nothing is frozen and
/// that no C extension suffixes exist.
/// </summary>
internal static class ImpModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_imp");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("check_hash_based_pycs", PyStr.From("never"));
        Fn("lock_held", (args, kw) => PyInt.False);
        Fn("acquire_lock", (args, kw) => PyNone.Instance);
        Fn("release_lock", (args, kw) => PyNone.Instance);
        Fn("is_builtin", (args, kw) =>
        {
            Args.Check(args, kw, "is_builtin", 1, 1);
            string name = Name(args[0], "is_builtin");
            // CPython answers -1 for the modules that cannot be initialised twice.
            return PyInt.FromLong(name is "sys" or "builtins" ? -1 : NativeModules.Names.Contains(name) ? 1 : 0);
        });
        Fn("create_builtin", (args, kw) =>
        {
            Args.Check(args, kw, "create_builtin", 1, 1);
            string name = Name(PyOps.GetAttr(args[0], PyStr.From("name")), "create_builtin");
            var current = ThreadState.Current;
            // One instance per context, as import gives: the module already in sys.modules if any.
            if (current.Modules.TryGetStr(name, out var existing) && existing is PyModule) return existing;
            if (name == "builtins") return current.Context.BuiltinsModule;
            if (!NativeModules.TryCreate(name, current, out var created))
                throw PyExc.ImportError($"no built-in module named {name}", name);
            return created;
        });
        Fn("exec_builtin", (args, kw) => PyInt.Zero);
        Fn("exec_dynamic", (args, kw) => PyInt.Zero);
        Fn("is_frozen", (args, kw) => PyInt.False);
        Fn("is_frozen_package", (args, kw) => PyInt.False);
        Fn("find_frozen", (args, kw) => PyNone.Instance);
        Fn("init_frozen", (args, kw) => PyNone.Instance);
        Fn("get_frozen_object", (args, kw) =>
        {
            string name = args.Length > 0 ? Name(args[0], "get_frozen_object") : "";
            throw PyExc.ImportError($"No such frozen object named {PyOps.Repr(PyStr.From(name))}", name);
        });
        Fn("_frozen_module_names", (args, kw) => new PyList());
        Fn("_override_frozen_modules_for_tests", (args, kw) => PyNone.Instance);
        Fn("extension_suffixes", (args, kw) => new PyList());
        Fn("create_dynamic", (args, kw) =>
        {
            string name = args.Length > 0 ? Name(PyOps.GetAttr(args[0], PyStr.From("name")), "create_dynamic") : "";
            throw PyExc.ImportError($"C extension modules cannot be loaded by Warden: {name}", name);
        });
        Fn("_fix_co_filename", (args, kw) => PyNone.Instance);
        Fn("source_hash", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "source_hash", ["key", "source"], 2);
            // CPython's value is SipHash-1-3 keyed by `key`; pycs are never written here, so any stable 8 bytes will do.
            var source = BytesMethods.BytesLike(a[1]!);
            ulong hash = 14695981039346656037UL ^ (ulong)PyOps.AsIndex(a[0]!);
            foreach (byte b in source) hash = (hash ^ b) * 1099511628211UL;
            return new PyBytes(BitConverter.GetBytes(hash));
        });
        return module;
    }

    private static string Name(PyObject o, string function)
        => PyOps.Unwrap(o) is PyStr s ? s.Value : throw PyExc.TypeError($"{function}() argument must be str, not {o.Type.Name}");
}
