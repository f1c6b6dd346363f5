using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// <c>weakref.proxy(obj)</c>: a weak reference that stands in for its referent. Attribute access,
/// operators, item access, iteration and (for callable referents) calls are forwarded; once the
/// referent is gone every use raises ReferenceError. Proxies are unhashable, as in CPython.
/// </summary>
internal sealed class PyWeakProxy : PyObject
{
    /// <summary>Special methods forwarded by calling the referent's method of the same name.</summary>
    // Declared before the types: static fields initialise in textual order.
    private static readonly string[] s_forwarded =
    [
        "__abs__", "__add__", "__and__", "__divmod__", "__float__", "__floordiv__", "__index__", "__int__", "__invert__",
        "__lshift__", "__matmul__", "__mod__", "__mul__", "__neg__", "__or__", "__pos__", "__pow__", "__rshift__",
        "__sub__", "__truediv__", "__xor__", "__radd__", "__rand__", "__rdivmod__", "__rfloordiv__", "__rlshift__",
        "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__ior__",
        "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__",
        "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__next__", "__reversed__", "__bytes__",
    ];

    internal static readonly PyType ProxyType = CreateType("ProxyType", callable: false);
    internal static readonly PyType CallableProxyType = CreateType("CallableProxyType", callable: true);

    private readonly WeakReference<PyObject> _referent;
    private readonly bool _callable;
    /// <summary>Called with the proxy when gc.collect() finds the referent gone (not at the moment of death, see <see cref="PyWeakRef"/>).</summary>
    internal PyObject? Callback;

    public PyWeakProxy(PyObject referent, bool callable, PyObject? callback)
    {
        _referent = new WeakReference<PyObject>(referent);
        _callable = callable;
        Callback = callback;
    }

    public override PyType Type => _callable ? CallableProxyType : ProxyType;

    /// <summary>The referent, or ReferenceError once it has been collected.</summary>
    public PyObject Target => _referent.TryGetTarget(out var o) ? o : throw PyExc.Create(TypeObjects.ReferenceError, "weakly-referenced object no longer exists");

    private static PyObject Unwrap(PyObject o) => o is PyWeakProxy p ? p.Target : o;


    private static PyType CreateType(string name, bool callable)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("weakref"));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        foreach (var method in s_forwarded)
        {
            var methodName = PyStr.From(method);
            t.AddMethod(method, (args, kw) =>
            {
                var target = ((PyWeakProxy)args[0]).Target;
                var rest = new PyObject[args.Length - 1];
                for (int i = 1; i < args.Length; i++) rest[i - 1] = Unwrap(args[i]);
                return PyOps.Call(PyOps.GetAttr(target, methodName), rest, kw);
            });
        }
        t.AddMethod("__getattribute__", (args, kw) =>
        {
            Args.Check(args, kw, "__getattribute__", 1, 1, 1);
            return PyOps.GetAttr(((PyWeakProxy)args[0]).Target, AttributeName(args[1]));
        });
        t.AddMethod("__setattr__", (args, kw) =>
        {
            Args.Check(args, kw, "__setattr__", 2, 2, 1);
            PyOps.SetAttr(((PyWeakProxy)args[0]).Target, AttributeName(args[1]), args[2]);
            return PyNone.Instance;
        });
        t.AddMethod("__delattr__", (args, kw) =>
        {
            Args.Check(args, kw, "__delattr__", 1, 1, 1);
            PyOps.DelAttr(((PyWeakProxy)args[0]).Target, AttributeName(args[1]));
            return PyNone.Instance;
        });
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(PyOps.IsTrue(((PyWeakProxy)args[0]).Target)));
        t.AddMethod("__str__", (args, kw) => PyStr.From(PyOps.Str(((PyWeakProxy)args[0]).Target)));
        t.AddMethod("__iter__", (args, kw) => PyOps.GetIter(((PyWeakProxy)args[0]).Target));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyWeakProxy)args[0];
            string at = $"0x{PyOps.Id(self):x}";
            return PyStr.From(self._referent.TryGetTarget(out var target)
                ? $"<weakproxy at {at} to {target.Type.Name} at 0x{PyOps.Id(target):x}>"
                : $"<weakproxy at {at}; dead>");
        });
        foreach (var (method, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                     ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                     ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            var comparison = op;
            t.AddMethod(method, (args, kw) => PyOps.RichCompare(((PyWeakProxy)args[0]).Target, Unwrap(args[1]), comparison));
        }
        if (callable)
            t.AddMethod("__call__", (args, kw) => PyOps.Call(((PyWeakProxy)args[0]).Target, args[1..], kw));
        return t;
    }

    private static PyStr AttributeName(PyObject name)
        => name as PyStr ?? throw PyExc.TypeError($"attribute name must be string, not '{name.Type.Name}'");
}
