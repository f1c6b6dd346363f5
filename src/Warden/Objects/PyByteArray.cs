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

    /// <summary>The struct format of the items ('B' unless made by <c>cast</c>); <see cref="Length"/> counts bytes either way.</summary>
    internal char Format = 'B';

    /// <summary>Bytes per item of <see cref="Format"/>.</summary>
    internal int ItemSize => MemoryViewFormats.Size(Format);

    /// <summary>Number of items (<c>len()</c>).</summary>
    internal long ItemCount => Length / ItemSize;

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

/// <summary>The native single-item struct formats a memoryview can be cast to, with their sizes and values.</summary>
internal static class MemoryViewFormats
{
    public static bool IsSupported(char format) => "BbcHhIiLlQqNnPfd?".Contains(format);

    public static int Size(char format) => format switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'H' or 'h' => 2,
        'I' or 'i' or 'f' => 4,
        _ => 8,
    };

    /// <summary>The Python value of one item stored little-endian (the host's order) in <paramref name="bytes"/>.</summary>
    public static PyObject Decode(char format, ReadOnlySpan<byte> bytes) => format switch
    {
        'B' => PyInt.FromLong(bytes[0]),
        'b' => PyInt.FromLong((sbyte)bytes[0]),
        'c' => new PyBytes([bytes[0]]),
        '?' => PyInt.FromBool(bytes[0] != 0),
        'H' => PyInt.FromLong(BitConverter.ToUInt16(bytes)),
        'h' => PyInt.FromLong(BitConverter.ToInt16(bytes)),
        'I' => PyInt.FromLong(BitConverter.ToUInt32(bytes)),
        'i' => PyInt.FromLong(BitConverter.ToInt32(bytes)),
        'f' => new PyFloat(BitConverter.ToSingle(bytes)),
        'd' => new PyFloat(BitConverter.ToDouble(bytes)),
        'L' or 'Q' or 'N' or 'P' => PyInt.FromBig(BitConverter.ToUInt64(bytes)),
        _ => PyInt.FromLong(BitConverter.ToInt64(bytes)),
    };
}
