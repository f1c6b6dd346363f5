namespace Warden.Objects;

/// <summary>Python <c>tuple</c>: an immutable array.</summary>
public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    /// <summary>The items. Never mutate after the tuple has been handed to Python code.</summary>
    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items) => Items = items;

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
    public static PyTuple FromSpan(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());

    public int Length => Items.Length;
    public override PyType Type => TypeObjects.Tuple;
}
