namespace Warden.Objects;

/// <summary>
/// Base of native iterators. <see cref="TryNext"/> is the allocation-free, exception-free
/// iteration protocol: for loops over builtin iterables never create StopIteration.
/// </summary>
public abstract class PyIterator : PyObject
{
    /// <summary>Produces the next item, or returns false when exhausted.</summary>
    public abstract bool TryNext(out PyObject item);
}

/// <summary>Iterator over a range (<c>range_iterator</c>).</summary>
public sealed class PyRangeIterator : PyIterator
{
    internal long Next;
    internal readonly long Step;
    internal long Remaining;

    public PyRangeIterator(PyRange range)
    {
        Next = range.Start;
        Step = range.Step;
        Remaining = range.Length;
    }

    public override bool TryNext(out PyObject item)
    {
        if (Remaining <= 0) { item = null!; return false; }
        Remaining--;
        item = PyInt.FromLong(Next);
        Next += Step;
        return true;
    }

    public override PyType Type => TypeObjects.RangeIterator;
}

/// <summary>Iterator over a range whose bounds need big integers (<c>longrange_iterator</c>).</summary>
public sealed class PyBigRangeIterator : PyIterator
{
    private System.Numerics.BigInteger _next;
    private readonly System.Numerics.BigInteger _step;
    private System.Numerics.BigInteger _remaining;

    public PyBigRangeIterator(PyRange range)
    {
        _next = range.BigStart;
        _step = range.BigStep;
        _remaining = range.BigLength;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_remaining.Sign <= 0) { item = null!; return false; }
        _remaining -= 1;
        item = PyInt.FromBig(_next);
        _next += _step;
        return true;
    }

    public override PyType Type => TypeObjects.LongRangeIterator;
}

/// <summary>Iterator over a list (<c>list_iterator</c>); sees appends made during iteration, like CPython's.</summary>
public sealed class PyListIterator : PyIterator
{
    internal PyList? List;
    internal int Index;

    public PyListIterator(PyList list) => List = list;

    public override bool TryNext(out PyObject item)
    {
        var list = List;
        if (list is not null && Index < list.Count)
        {
            item = list.Items[Index++];
            return true;
        }
        List = null;
        item = null!;
        return false;
    }

    public override PyType Type => TypeObjects.ListIterator;
}

/// <summary>Iterator over a list in reverse (<c>list_reverseiterator</c>).</summary>
public sealed class PyListReverseIterator : PyIterator
{
    private PyList? _list;
    private int _index;

    public PyListReverseIterator(PyList list)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_list is not null && _index >= 0 && _index < _list.Count)
        {
            item = _list.Items[_index--];
            return true;
        }
        _list = null;
        item = null!;
        return false;
    }

    public override PyType Type => TypeObjects.ListReverseIterator;
}

/// <summary>Iterator over a fixed array (tuples, and snapshots).</summary>
public sealed class PyArrayIterator : PyIterator
{
    private readonly PyObject[] _items;
    private readonly int _count;
    private int _index;
    private readonly PyType _type;

    public PyArrayIterator(PyObject[] items, int count, PyType type)
    {
        _items = items;
        _count = count;
        _type = type;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_index < _count)
        {
            item = _items[_index++];
            return true;
        }
        item = null!;
        return false;
    }

    public override PyType Type => _type;
}

/// <summary>Iterator over the code points of a str (<c>str_ascii_iterator</c>/<c>str_iterator</c>).</summary>
public sealed class PyStrIterator : PyIterator
{
    private readonly PyStr _str;
    private int _index;

    public PyStrIterator(PyStr str) => _str = str;

    public override bool TryNext(out PyObject item)
    {
        if (_index < _str.Length)
        {
            item = _str.CharAt(_index++);
            return true;
        }
        item = null!;
        return false;
    }

    public override PyType Type => TypeObjects.StrIterator;
}

/// <summary>What a dict iterator produces.</summary>
public enum DictIterationKind { Keys, Values, Items }

/// <summary>Iterator over a dict's keys, values or items; raises if the dict changes size meanwhile.</summary>
public sealed class PyDictIterator : PyIterator
{
    private readonly PyDict _dict;
    private readonly DictIterationKind _kind;
    private readonly int _initialCount;
    private int _position;
    private readonly PyType _type;

    public PyDictIterator(PyDict dict, DictIterationKind kind, PyType type)
    {
        _dict = dict;
        _kind = kind;
        _initialCount = dict.Count;
        _type = type;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_dict.Count != _initialCount)
        {
            _position = int.MaxValue;
            throw Runtime.PyExc.RuntimeError(_type == TypeObjects.SetIterator
                ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        if (!_dict.TryGetEntry(ref _position, out var key, out var value))
        {
            item = null!;
            return false;
        }
        item = _kind switch
        {
            DictIterationKind.Keys => key,
            DictIterationKind.Values => value,
            _ => new PyTuple([key, value]),
        };
        return true;
    }

    public override PyType Type => _type;
}

/// <summary>Iterator produced by <c>iter(obj)</c> for objects with only <c>__getitem__</c>, and a native adapter over C# sequences.</summary>
public sealed class PyEnumerableIterator : PyIterator
{
    private readonly IEnumerator<PyObject> _source;
    private readonly PyType _type;

    public PyEnumerableIterator(IEnumerable<PyObject> source, PyType type)
    {
        _source = source.GetEnumerator();
        _type = type;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_source.MoveNext())
        {
            item = _source.Current;
            return true;
        }
        item = null!;
        return false;
    }

    public override PyType Type => _type;
}
