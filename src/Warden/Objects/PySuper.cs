namespace Warden.Objects;

/// <summary><c>super(type, obj)</c>: looks attributes up in obj's MRO after <see cref="ThisType"/>.</summary>
public sealed class PySuper : PyObject
{
    public PyType ThisType { get; }
    public PyObject? Object { get; }
    /// <summary>type(obj), or obj itself when obj is a type (classmethod calls).</summary>
    public PyType? ObjectType { get; }

    public PySuper(PyType thisType, PyObject? obj, PyType? objType)
    {
        ThisType = thisType;
        Object = obj;
        ObjectType = objType;
    }

    public override PyType Type => TypeObjects.Super;
}
