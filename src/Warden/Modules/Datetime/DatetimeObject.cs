using Warden.Objects;

namespace Warden.Modules.Datetime;

/// <summary>
/// Common part of the datetime module's objects: the (possibly Python-defined) type and, for
/// instances of Python subclasses only, an attribute dict, as CPython gives heap subclasses one.
/// </summary>
internal abstract class DatetimeObject : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    protected DatetimeObject(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict? InstanceDict => _type.IsHeapType ? _dict ??= new PyDict() : null;

    /// <summary>The name CPython's reprs use: <c>datetime.date</c>, or a subclass's own name.</summary>
    public string ReprName => _type.NativeName;
}
