using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// A plain attribute bag shown as <c>namespace(a=1, ...)</c>, the type of <c>sys.implementation</c>
/// (CPython's <c>types.SimpleNamespace</c>).
/// </summary>
internal sealed class PyNamespace : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly PyDict _dict = new();
    private readonly PyType _type;

    public PyNamespace() => _type = s_type;

    private PyNamespace(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict? InstanceDict => _dict;

    /// <summary>Sets attribute <paramref name="name"/>; returns this for chaining.</summary>
    public PyNamespace With(string name, PyObject value)
    {
        _dict.SetStr(name, value);
        return this;
    }

    private static PyType CreateType()
    {
        var t = new PyType("SimpleNamespace", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("types"));
        t.AddInstanceDictGetter();
        t.Dict.SetStr("__hash__", PyNone.Instance);
        t.InstanceFactory = type => new PyNamespace(type);
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            new PyNamespace(args.Length > 0 && args[0] is PyType cls ? cls : s_type))));
        t.AddMethod("__init__", (args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (args.Length - nkw > 1) throw PyExc.TypeError("no positional arguments expected");
            var self = (PyNamespace)args[0];
            for (int i = 0; i < nkw; i++) self._dict.SetItem(kw!.Items[i], args[args.Length - nkw + i]);
            return PyNone.Instance;
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyNamespace)args[0];
            string name = ReferenceEquals(self._type, s_type) ? "namespace" : self._type.Name;
            return PyStr.From(ObjectMethods.ContainerRepr(self, sb =>
            {
                var parts = new List<string>();
                int position = 0;
                while (self._dict.TryGetEntry(ref position, out var key, out var value))
                    if (key is PyStr k) parts.Add(k.Value + "=" + PyOps.Repr(value));
                return name + "(" + string.Join(", ", parts) + ")";
            }, name + "(...)"));
        });
        t.AddMethod("__eq__", (args, kw) =>
        {
            if (args[0] is not PyNamespace a || args[1] is not PyNamespace b || !b.Type.IsSubtypeOf(s_type) && !a.Type.IsSubtypeOf(b.Type))
                return PyNotImplemented.Instance;
            return PyOps.RichCompare(a._dict, b._dict, Compiler.ComparisonOperator.Equal);
        });
        t.AddMethod("__reduce__", (args, kw) =>
        {
            var self = (PyNamespace)args[0];
            return PyTuple.Create(self._type, PyTuple.Empty, self._dict);
        });
        return t;
    }
}
