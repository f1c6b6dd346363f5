namespace Warden.Objects;

/// <summary>
/// An instance of a class defined in Python. When the class derives from a builtin type other
/// than object (int, str, list, dict, ...), <see cref="BuiltinValue"/> holds the builtin part,
/// which natives of that type operate on.
/// </summary>
public sealed class PyInstance : PyObject
{
    private PyType _type;
    public PyDict Dict { get; }
    /// <summary>The builtin base value for subclasses of builtin types, else null.</summary>
    public PyObject? BuiltinValue { get; internal set; }

    public PyInstance(PyType type)
    {
        _type = type;
        Dict = new PyDict();
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => Dict;

    /// <summary>Assignment to <c>__class__</c>.</summary>
    internal void SetType(PyType type) => _type = type;
}

/// <summary>A module object: a name and a globals dict.</summary>
public sealed class PyModule : PyObject
{
    public PyDict Dict { get; }
    public string Name { get; }

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        if (!Dict.TryGetStr("__name__", out _)) Dict.SetStr("__name__", PyStr.From(name));
    }

    public override PyDict? InstanceDict => Dict;
    public override PyType Type => TypeObjects.Module;
}

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
