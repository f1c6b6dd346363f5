using Warden.Objects;

namespace Warden.Modules;

/// <summary>
/// A plain attribute bag shown as <c>namespace(a=1, ...)</c>, the type of <c>sys.implementation</c>
/// (CPython's <c>types.SimpleNamespace</c>).
/// </summary>
internal sealed class PyNamespace : PyObject
{
    private static readonly PyType s_type = CreateType();
    private readonly PyDict _dict = new();

    public override PyType Type => s_type;

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
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyNamespace)args[0];
            var parts = new List<string>();
            int position = 0;
            while (self._dict.TryGetEntry(ref position, out var key, out var value))
                parts.Add(((PyStr)key).Value + "=" + PyOps.Repr(value));
            return PyStr.From("namespace(" + string.Join(", ", parts) + ")");
        });
        return t;
    }
}
