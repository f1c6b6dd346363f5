using Warden.Objects;

namespace Warden.Modules.Datetime;

/// <summary>
/// Common part of the datetime module's objects: the (possibly Python-defined) type and, for
/// instances of Python subclasses only, an attribute dict and <c>__slots__</c> storage, as a
/// CPython heap subclass adds them to the C object.
/// </summary>
internal abstract class DatetimeObject : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;
    private PyObject?[]? _slots;

    protected DatetimeObject(PyType type) => _type = type;

    public override PyType Type => _type;

    public override PyDict? InstanceDict => _type.InstancesHaveDict ? _dict ??= new PyDict() : null;

    internal override PyObject?[]? SlotStorage => _type.SlotCount > 0 ? _slots ??= new PyObject?[_type.SlotCount] : null;

    /// <summary>The name CPython's reprs use: <c>datetime.date</c>, or a subclass's own name.</summary>
    public string ReprName => _type.NativeName;
}
