using Warden.Objects;
using Warden.Runtime;

namespace Warden.Builtins;

/// <summary><c>enumerate(iterable, start=0)</c>.</summary>
internal sealed class PyEnumerate : PyIterator
{
    private readonly PyObject _source;
    private PyInt _index;

    public PyEnumerate(PyObject source, PyInt start)
    {
        _source = source;
        _index = start;
    }

    public override bool TryNext(out PyObject item)
    {
        if (!PyOps.TryNext(_source, out var value)) { item = null!; return false; }
        item = new PyTuple([_index, value]);
        _index = PyInt.Add(_index, PyInt.One);
        return true;
    }

    public override PyType Type => TypeObjects.Enumerate;
}

/// <summary><c>zip(*iterables, strict=False)</c>.</summary>
internal sealed class PyZip : PyIterator
{
    private readonly PyObject[] _sources;
    private readonly bool _strict;
    private bool _done;

    public PyZip(PyObject[] sources, bool strict)
    {
        _sources = sources;
        _strict = strict;
    }

    public override bool TryNext(out PyObject item)
    {
        item = null!;
        if (_done || _sources.Length == 0) return false;
        var values = new PyObject[_sources.Length];
        for (int i = 0; i < _sources.Length; i++)
        {
            if (!PyOps.TryNext(_sources[i], out values[i]))
            {
                _done = true;
                if (_strict)
                {
                    if (i > 0) throw PyExc.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i > 1 ? "-" + i : "")}");
                    for (int j = 1; j < _sources.Length; j++)
                        if (PyOps.TryNext(_sources[j], out _))
                            throw PyExc.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j > 1 ? "-" + j : "")}");
                }
                return false;
            }
        }
        item = new PyTuple(values);
        return true;
    }

    public override PyType Type => TypeObjects.Zip;
}

/// <summary><c>map(function, *iterables)</c>.</summary>
internal sealed class PyMap : PyIterator
{
    private readonly PyObject _function;
    private readonly PyObject[] _sources;

    public PyMap(PyObject function, PyObject[] sources)
    {
        _function = function;
        _sources = sources;
    }

    public override bool TryNext(out PyObject item)
    {
        var values = new PyObject[_sources.Length];
        for (int i = 0; i < _sources.Length; i++)
        {
            if (!PyOps.TryNext(_sources[i], out values[i])) { item = null!; return false; }
        }
        item = PyOps.Call(_function, values, null);
        return true;
    }

    public override PyType Type => TypeObjects.Map;
}

/// <summary><c>filter(function, iterable)</c>.</summary>
internal sealed class PyFilter : PyIterator
{
    private readonly PyObject _function;
    private readonly PyObject _source;

    public PyFilter(PyObject function, PyObject source)
    {
        _function = function;
        _source = source;
    }

    public override bool TryNext(out PyObject item)
    {
        while (PyOps.TryNext(_source, out item))
        {
            bool keep = _function is PyNone ? PyOps.IsTrue(item) : PyOps.IsTrue(PyOps.Call1(_function, item));
            if (keep) return true;
        }
        return false;
    }

    public override PyType Type => TypeObjects.Filter;
}

/// <summary><c>reversed(seq)</c> for sequences without <c>__reversed__</c>.</summary>
internal sealed class PyReversed : PyIterator
{
    private readonly PyObject _sequence;
    private long _index;

    public PyReversed(PyObject sequence, long length)
    {
        _sequence = sequence;
        _index = length - 1;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_index < 0) { item = null!; return false; }
        item = PyOps.GetItem(_sequence, PyInt.FromLong(_index--));
        return true;
    }

    public override PyType Type => TypeObjects.Reversed;
}

/// <summary><c>iter(callable, sentinel)</c>.</summary>
internal sealed class PyCallableIterator : PyIterator
{
    private readonly PyObject _callable;
    private readonly PyObject _sentinel;
    private bool _done;

    public PyCallableIterator(PyObject callable, PyObject sentinel)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public override bool TryNext(out PyObject item)
    {
        item = null!;
        if (_done) return false;
        var value = PyOps.Call0(_callable);
        if (PyOps.Eq(value, _sentinel)) { _done = true; return false; }
        item = value;
        return true;
    }

    public override PyType Type => TypeObjects.CallableIterator;
}
