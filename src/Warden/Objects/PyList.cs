using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Warden.Objects;

/// <summary>Python <c>list</c>: a growable array.</summary>
public sealed class PyList : PyObject
{
    internal PyObject[] Items;
    internal int Count;

    public PyList() => Items = Array.Empty<PyObject>();
    public PyList(int capacity) => Items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity];

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public PyList(PyObject[] items, int count)
    {
        Items = items;
        Count = count;
    }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items) => new(items.ToArray(), items.Length);

    public override PyType Type => TypeObjects.List;
    public int Length => Count;

    public PyObject this[int index]
    {
        get => Items[index];
        set => Items[index] = value;
    }

    public void Append(PyObject item)
    {
        var items = Items;
        int count = Count;
        if ((uint)count < (uint)items.Length && items.GetType() == typeof(PyObject[]))
        {
            // An exact PyObject[] needs no covariant store check (CastHelpers.StelemRef showed up
            // at ~9 % in list-building profiles); Items may be a subtype array handed to the constructor.
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), count) = item;
            Count = count + 1;
            return;
        }
        if (Count == Items.Length) Grow(Count + 1);
        Items[Count++] = item;
    }

    public void Grow(int minimum)
    {
        int size = Math.Max(Math.Max(4, Items.Length * 2), minimum);
        Array.Resize(ref Items, size);
    }

    public void Insert(int index, PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Items[--Count] = null!;
    }

    public ReadOnlySpan<PyObject> AsSpan() => new(Items, 0, Count);

    public PyObject[] ToArray() => AsSpan().ToArray();
}
