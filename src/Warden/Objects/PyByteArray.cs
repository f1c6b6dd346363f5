namespace Warden.Objects;

/// <summary>Python <c>bytearray</c>: a mutable, growable byte sequence.</summary>
public sealed class PyByteArray : PyObject
{
    /// <summary>The bytes; mutated in place by the bytearray methods.</summary>
    public readonly List<byte> Data;

    public PyByteArray(IEnumerable<byte> data) => Data = new List<byte>(data);
    public override PyType Type => TypeObjects.ByteArray;
}

/// <summary>Python <c>memoryview</c> over a bytes or bytearray object (one-dimensional, format 'B').</summary>
public sealed class PyMemoryView : PyObject
{
    /// <summary>The exporting object (<c>obj</c>).</summary>
    public readonly PyObject Source;
    internal readonly long Start, Step, Length;
    internal bool Released;

    public PyMemoryView(PyObject source, long start, long step, long length)
    {
        Source = source;
        Start = start;
        Step = step;
        Length = length;
    }

    public override PyType Type => TypeObjects.MemoryView;

    /// <summary>True when the underlying object cannot be written through this view.</summary>
    public bool ReadOnly => Source is not PyByteArray;

    internal byte Get(long i)
    {
        long at = Start + i * Step;
        if (Source is PyBytes b) return b.Value[at];
        // A bytearray may shrink under a view (exports are not tracked without reference counting).
        var data = ((PyByteArray)Source).Data;
        if ((ulong)at >= (ulong)data.Count) throw Runtime.PyExc.IndexError("index out of bounds on dimension 1");
        return data[(int)at];
    }

    internal void Set(long i, byte value) => ((PyByteArray)Source).Data[(int)(Start + i * Step)] = value;

    /// <summary>A copy of the viewed bytes.</summary>
    public byte[] ToBytes()
    {
        var result = new byte[Length];
        for (long i = 0; i < Length; i++) result[i] = Get(i);
        return result;
    }
}

/// <summary>Iterator over bytes or bytearray (yields ints).</summary>
public sealed class PyBytesIterator : PyIterator
{
    private readonly PyObject _source;
    private int _index;
    private readonly PyType _type;

    public PyBytesIterator(PyObject source, PyType type)
    {
        _source = source;
        _type = type;
    }

    public override bool TryNext(out PyObject item)
    {
        switch (_source)
        {
            case PyBytes b when _index < b.Value.Length:
                item = PyInt.FromLong(b.Value[_index++]);
                return true;
            case PyByteArray ba when _index < ba.Data.Count:
                item = PyInt.FromLong(ba.Data[_index++]);
                return true;
            case PyMemoryView mv when _index < mv.Length:
                item = PyInt.FromLong(mv.Get(_index++));
                return true;
        }
        item = null!;
        return false;
    }

    public override PyType Type => _type;
}
