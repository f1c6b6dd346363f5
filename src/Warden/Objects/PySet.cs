namespace Warden.Objects;

/// <summary>
/// Python <c>set</c> and <c>frozenset</c>. Stored in a <see cref="PyDict"/> whose values are
/// unused, which gives Python hashing/equality semantics. Iteration order is insertion order,
/// which differs from CPython's hash order (known gap, see docs/runtime.md).
/// </summary>
public sealed class PySet : PyObject
{
    internal readonly PyDict Table;
    public bool IsFrozen { get; }

    public PySet(bool frozen = false)
    {
        Table = new PyDict();
        IsFrozen = frozen;
    }

    public override PyType Type => IsFrozen ? TypeObjects.FrozenSet : TypeObjects.Set;
    public int Count => Table.Count;
    public bool Contains(PyObject item) => Table.ContainsKey(item);
    public void Add(PyObject item) => Table.SetItem(item, PyNone.Instance);
    public bool Remove(PyObject item) => Table.Remove(item);

    public IEnumerable<PyObject> Elements
    {
        get
        {
            int pos = 0;
            while (Table.TryGetEntry(ref pos, out var k, out _)) yield return k;
        }
    }
}
