using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// A weak reference over a .NET <see cref="WeakReference{T}"/>. The host collector decides when a
/// referent dies, so callbacks cannot run at the moment of death as in CPython: they run when
/// <c>gc.collect()</c> finds the referent gone (see <see cref="RunPendingCallbacks"/>).
/// </summary>
internal sealed class PyWeakRef : PyObject
{
    internal static readonly PyType ReferenceType = CreateType();

    private readonly PyType _type;
    private readonly WeakReference<PyObject> _referent;
    private PyObject? _callback;
    private long? _hash;
    private PyDict? _dict;

    private readonly PyObject?[]? _slots;

    internal override PyObject?[]? SlotStorage => _slots;

    private PyWeakRef(PyType type, PyObject referent, PyObject? callback)
    {
        _type = type;
        // Subclasses such as weakref.KeyedRef declare __slots__.
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        _referent = new WeakReference<PyObject>(referent);
        _callback = callback;
    }

    public override PyType Type => _type;

    /// <summary>Subclasses (e.g. <c>weakref.KeyedRef</c>) store their extra attributes here.</summary>
    public override PyDict? InstanceDict => _type == ReferenceType ? null : _dict ??= new PyDict();

    /// <summary>The referent, or null once it has been collected.</summary>
    public PyObject? Target => _referent.TryGetTarget(out var o) ? o : null;

    /// <summary>
    /// Creates (or, with no callback, reuses as CPython does) a weak reference to <paramref name="referent"/>,
    /// recorded in the current interpreter's registry: only that interpreter sees it and runs its callback.
    /// </summary>
    public static PyWeakRef Create(PyType type, PyObject referent, PyObject? callback)
    {
        var registry = ThreadState.Current.Context.Weakrefs;
        var list = registry.RefsFor(referent);
        lock (list)
        {
            if (callback is null && type == ReferenceType)
                foreach (var existing in list)
                    if (existing._callback is null && existing._type == ReferenceType) return existing;
            var made = new PyWeakRef(type, referent, callback);
            list.Add(made);
            if (callback is not null) registry.AddWithCallback(made);
            return made;
        }
    }

    /// <summary>The live weak references to <paramref name="referent"/> made in the current interpreter.</summary>
    public static IReadOnlyList<PyWeakRef> RefsTo(PyObject referent) => ThreadState.Current.Context.Weakrefs.RefsTo(referent);

    /// <summary>
    /// Calls the callback of every weak reference of the current interpreter whose referent has been
    /// collected; returns how many ran. Other interpreters' callbacks wait for their own collection.
    /// </summary>
    public static int RunPendingCallbacks()
    {
        var due = ThreadState.Current.Context.Weakrefs.TakeDue();
        foreach (var r in due)
        {
            var callback = r._callback;
            r._callback = null;
            if (callback is not null) PyOps.Call(callback, [r], null);
        }
        return due.Count;
    }

    private static PyType CreateType()
    {
        var t = new PyType("ReferenceType", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("weakref"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length < 2 || args.Length > 3) throw PyExc.TypeError($"__new__ expected at most 2 arguments, got {args.Length - 1}");
            if (args[0] is not PyType type) throw PyExc.TypeError("ReferenceType.__new__(X): X is not a type object");
            var callback = args.Length == 3 && args[2] is not PyNone ? args[2] : null;
            return Create(type, args[1], callback);
        })));
        t.AddMethod("__init__", (args, kw) => PyNone.Instance);
        t.AddMethod("__call__", (args, kw) => ((PyWeakRef)args[0]).Target ?? PyNone.Instance);
        t.AddGetter("__callback__", self => ((PyWeakRef)self)._callback ?? PyNone.Instance);
        t.AddMethod("__hash__", (args, kw) =>
        {
            var self = (PyWeakRef)args[0];
            if (self._hash is long h) return PyInt.FromLong(h);
            var target = self.Target ?? throw PyExc.TypeError("weak object has gone away");
            self._hash = PyOps.Hash(target);
            return PyInt.FromLong(self._hash.Value);
        });
        foreach (var (name, equal) in new[] { ("__eq__", true), ("__ne__", false) })
        {
            bool wantEqual = equal;
            t.AddMethod(name, (args, kw) =>
            {
                if (args[0] is not PyWeakRef a || args[1] is not PyWeakRef b) return PyNotImplemented.Instance;
                PyObject? x = a.Target, y = b.Target;
                // Live referents compare by value; once either is gone only identity of the refs counts.
                if (x is null || y is null) return PyInt.FromBool(ReferenceEquals(a, b) == wantEqual);
                return PyOps.RichCompare(x, y, wantEqual ? ComparisonOperator.Equal : ComparisonOperator.NotEqual);
            });
        }
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyWeakRef)args[0];
            string at = $"0x{PyOps.Id(self):x}";
            var target = self.Target;
            return PyStr.From(target is null ? $"<weakref at {at}; dead>"
                : $"<weakref at {at}; to '{target.Type.Name}' at 0x{PyOps.Id(target):x}>");
        });
        return t;
    }
}

/// <summary>The <c>_weakref</c> module: <c>ref</c>, <c>proxy</c>, <c>getweakrefcount</c>, <c>getweakrefs</c>.</summary>
internal static class WeakrefModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_weakref");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("ref", PyWeakRef.ReferenceType);
        d.SetStr("ReferenceType", PyWeakRef.ReferenceType);
        d.SetStr("ProxyType", PyWeakProxy.ProxyType);
        d.SetStr("CallableProxyType", PyWeakProxy.CallableProxyType);
        Fn("proxy", (args, kw) =>
        {
            Args.Check(args, kw, "proxy", 1, 2);
            var referent = args[0];
            bool callable = referent is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor
                || referent.Type.GetSlots().Call is not null;
            return new PyWeakProxy(referent, callable, args.Length > 1 && args[1] is not PyNone ? args[1] : null);
        });
        Fn("getweakrefcount", (args, kw) =>
        {
            Args.Check(args, kw, "getweakrefcount", 1, 1);
            return PyInt.FromLong(PyWeakRef.RefsTo(args[0]).Count);
        });
        Fn("getweakrefs", (args, kw) =>
        {
            Args.Check(args, kw, "getweakrefs", 1, 1);
            var refs = PyWeakRef.RefsTo(args[0]).Cast<PyObject>().ToArray();
            return new PyList(refs, refs.Length);
        });
        Fn("_remove_dead_weakref", (args, kw) =>
        {
            Args.Check(args, kw, "_remove_dead_weakref", 2, 2);
            // Deletes dict[key] only when its value is a dead weak reference, as weakref.WeakValueDictionary expects.
            if (args[0] is PyDict dict && dict.TryGetValue(args[1], out var value) && value is PyWeakRef { Target: null })
                dict.Remove(args[1]);
            return PyNone.Instance;
        });
        return module;
    }
}

/// <summary>The <c>gc</c> module over the host collector.</summary>
internal static class GcModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("gc");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        // The flag belongs to this interpreter's gc module (the host collector ignores it anyway).
        bool enabled = true;
        Fn("collect", (args, kw) =>
        {
            Args.Check(args, kw, "collect", 0, 1);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            PyWeakRef.RunPendingCallbacks();
            // The host collector does not report how many objects it freed.
            return PyInt.Zero;
        });
        Fn("enable", (args, kw) => { enabled = true; return PyNone.Instance; });
        Fn("disable", (args, kw) => { enabled = false; return PyNone.Instance; });
        Fn("isenabled", (args, kw) => PyInt.FromBool(enabled));
        return module;
    }
}
