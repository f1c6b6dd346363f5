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

    /// <summary>
    /// The item format after <c>cast</c> ('B' for plain byte views). Typed views are always
    /// contiguous (Step 1) and <see cref="Length"/> stays in bytes.
    /// </summary>
    internal char Format = 'B';

    /// <summary>Bytes per item of <see cref="Format"/> (native sizes of x86-64 Linux).</summary>
    internal int ItemSize => ItemSizeOf(Format);

    /// <summary>The native size of a struct-style format character, or 0 when it is not supported.</summary>
    internal static int ItemSizeOf(char format) => format switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'd' => 8,
        _ => 0,
    };

    /// <summary>Item <paramref name="index"/> of a typed view as a Python value (little-endian, as the host).</summary>
    internal PyObject GetItem(long index)
    {
        int size = ItemSize;
        if (size == 1 && Format == 'B') return PyInt.FromLong(Get(index));
        ulong bits = 0;
        for (int k = 0; k < size; k++) bits |= (ulong)Get(index * size + k) << (8 * k);
        return Format switch
        {
            'b' => PyInt.FromLong((sbyte)bits),
            'c' => new PyBytes([(byte)bits]),
            '?' => PyInt.FromBool(bits != 0),
            'h' => PyInt.FromLong((short)bits),
            'i' => PyInt.FromLong((int)bits),
            'l' or 'q' or 'n' => PyInt.FromLong((long)bits),
            'f' => new PyFloat(BitConverter.Int32BitsToSingle((int)bits)),
            'd' => new PyFloat(BitConverter.Int64BitsToDouble((long)bits)),
            _ => bits <= long.MaxValue ? PyInt.FromLong((long)bits) : PyInt.FromBig(new System.Numerics.BigInteger(bits)),
        };
    }

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
