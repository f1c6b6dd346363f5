namespace Warden.Objects;

/// <summary><c>None</c>.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => TypeObjects.NoneType;
}

/// <summary><c>NotImplemented</c>: returned by binary special methods that do not handle the other operand.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    private PyNotImplemented() { }
    public override PyType Type => TypeObjects.NotImplementedType;
}

/// <summary><c>Ellipsis</c> (<c>...</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    private PyEllipsis() { }
    public override PyType Type => TypeObjects.EllipsisType;
}
