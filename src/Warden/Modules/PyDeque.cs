using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// <c>collections.deque</c>: a ring buffer with O(1) appends and pops at both ends and an
/// optional <c>maxlen</c> (appending to a full deque drops from the other end). A change
/// counter lets iterators detect mutation, as CPython's do.
/// </summary>
internal sealed class PyDeque : PyObject
{
    internal static readonly PyType DequeType = CreateType();
    private static readonly PyType s_iteratorType = CreateIteratorType("_deque_iterator");
    private static readonly PyType s_reverseIteratorType = CreateIteratorType("_deque_reverse_iterator");

    private PyObject[] _items = new PyObject[8];
    private int _head;
    private int _count;
    /// <summary>Bumped by every change of length, so iterators can report mutation.</summary>
    private long _state;
    private readonly PyType _type;
    private PyDict? _dict;

    public PyDeque(PyType type) => _type = type;

    public override PyType Type => _type;

    /// <summary>Instances of Python subclasses carry attributes; plain deques have no __dict__.</summary>
    public override PyDict? InstanceDict => ReferenceEquals(_type, DequeType) ? null : _dict ??= new PyDict();

    /// <summary>The bound, or -1 for an unbounded deque.</summary>
    public long MaxLen { get; private set; } = -1;

    public int Count => _count;

    private PyObject At(int index) => _items[(_head + index) % _items.Length];

    private void SetAt(int index, PyObject value) => _items[(_head + index) % _items.Length] = value;

    private void EnsureRoom()
    {
        if (_count < _items.Length) return;
        var bigger = new PyObject[_items.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = At(i);
        _items = bigger;
        _head = 0;
    }

    public void Append(PyObject item)
    {
        if (MaxLen == 0) return;
        _state++;
        if (MaxLen > 0 && _count == MaxLen) PopLeft();
        EnsureRoom();
        SetAt(_count++, item);
    }

    public void AppendLeft(PyObject item)
    {
        if (MaxLen == 0) return;
        _state++;
        if (MaxLen > 0 && _count == MaxLen) Pop();
        EnsureRoom();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = item;
        _count++;
    }

    public PyObject Pop()
    {
        if (_count == 0) throw PyExc.IndexError("pop from an empty deque");
        _state++;
        var item = At(_count - 1);
        SetAt(_count - 1, null!);
        _count--;
        return item;
    }

    public PyObject PopLeft()
    {
        if (_count == 0) throw PyExc.IndexError("pop from an empty deque");
        _state++;
        var item = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) % _items.Length;
        _count--;
        return item;
    }

    public PyObject[] ToArray()
    {
        var result = new PyObject[_count];
        for (int i = 0; i < _count; i++) result[i] = At(i);
        return result;
    }

    private void ReplaceAll(IReadOnlyList<PyObject> items)
    {
        _state++;
        _items = new PyObject[Math.Max(8, items.Count)];
        for (int i = 0; i < items.Count; i++) _items[i] = items[i];
        _head = 0;
        _count = items.Count;
    }

    private void Extend(PyObject iterable, bool left)
    {
        // Extending a deque with itself iterates over a snapshot.
        var source = ReferenceEquals(iterable, this) ? ToArray() : null;
        if (source is not null)
        {
            foreach (var item in source) if (left) AppendLeft(item); else Append(item);
            return;
        }
        var it = PyOps.GetIter(iterable);
        while (PyOps.TryNext(it, out var item)) if (left) AppendLeft(item); else Append(item);
    }

    private void Rotate(long n)
    {
        if (_count <= 1) return;
        n %= _count;
        if (n < 0) n += _count;
        if (n == 0) return;
        var items = ToArray();
        var rotated = new PyObject[_count];
        for (int i = 0; i < _count; i++) rotated[(i + n) % _count] = items[i];
        _state++;
        ReplaceAll(rotated);
    }

    private int NormaliseIndex(PyObject index)
    {
        long i = PyOps.AsIndex(index);
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw PyExc.IndexError("deque index out of range");
        return (int)i;
    }

    private static PyDeque Self(PyObject o) => (PyDeque)o;

    private static PyDeque Make(PyType type, IEnumerable<PyObject> items, long maxLen)
    {
        var d = new PyDeque(type) { MaxLen = maxLen };
        foreach (var item in items) d.Append(item);
        return d;
    }

    /// <summary>A new deque of the same type and bound (<c>copy()</c>, <c>+</c>, <c>*</c>).</summary>
    private PyDeque SameKind(IEnumerable<PyObject> items)
    {
        if (ReferenceEquals(_type, DequeType)) return Make(DequeType, items, MaxLen);
        var args = MaxLen < 0 ? new PyObject[] { new PyList(items.ToArray(), items.Count()) }
            : [new PyList(items.ToArray(), items.Count()), PyInt.FromLong(MaxLen)];
        return (PyDeque)PyOps.Call(_type, args, null);
    }

    private static PyType CreateType()
    {
        var t = new PyType("deque", [TypeObjects.Object], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("collections"));
        t.InstanceFactory = type => new PyDeque(type);
        t.Dict.SetStr("__hash__", PyNone.Instance);
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            new PyDeque(args.Length > 0 && args[0] is PyType cls ? cls : DequeType))));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "deque", ["self", "iterable", "maxlen"], 1);
            var self = Self(args[0]);
            long maxLen = -1;
            if (a[2] is { } m && m is not PyNone)
            {
                maxLen = PyOps.AsIndex(m);
                if (maxLen < 0) throw PyExc.ValueError("maxlen must be non-negative");
            }
            self.MaxLen = maxLen;
            if (self._count > 0) self.ReplaceAll([]);
            if (a[1] is { } iterable) self.Extend(iterable, left: false);
            return PyNone.Instance;
        });
        t.AddGetter("maxlen", self => Self(self).MaxLen < 0 ? PyNone.Instance : PyInt.FromLong(Self(self).MaxLen));
        t.AddMethod("append", (args, kw) => { Args.Check(args, kw, "append", 1, 1, 1); Self(args[0]).Append(args[1]); return PyNone.Instance; });
        t.AddMethod("appendleft", (args, kw) => { Args.Check(args, kw, "appendleft", 1, 1, 1); Self(args[0]).AppendLeft(args[1]); return PyNone.Instance; });
        t.AddMethod("pop", (args, kw) => { Args.Check(args, kw, "pop", 0, 0, 1); return Self(args[0]).Pop(); });
        t.AddMethod("popleft", (args, kw) => { Args.Check(args, kw, "popleft", 0, 0, 1); return Self(args[0]).PopLeft(); });
        t.AddMethod("extend", (args, kw) => { Args.Check(args, kw, "extend", 1, 1, 1); Self(args[0]).Extend(args[1], left: false); return PyNone.Instance; });
        t.AddMethod("extendleft", (args, kw) => { Args.Check(args, kw, "extendleft", 1, 1, 1); Self(args[0]).Extend(args[1], left: true); return PyNone.Instance; });
        t.AddMethod("clear", (args, kw) => { Args.Check(args, kw, "clear", 0, 0, 1); Self(args[0]).ReplaceAll([]); return PyNone.Instance; });
        t.AddMethod("copy", (args, kw) => { Args.Check(args, kw, "copy", 0, 0, 1); return Self(args[0]).SameKind(Self(args[0]).ToArray()); });
        t.AddMethod("__copy__", (args, kw) => Self(args[0]).SameKind(Self(args[0]).ToArray()));
        t.AddMethod("count", (args, kw) =>
        {
            Args.Check(args, kw, "count", 1, 1, 1);
            var self = Self(args[0]);
            long state = self._state, n = 0;
            for (int i = 0; i < self._count; i++)
            {
                var item = self.At(i);
                if (ReferenceEquals(item, args[1]) || PyOps.Eq(item, args[1])) n++;
                if (state != self._state) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            return PyInt.FromLong(n);
        });
        t.AddMethod("index", (args, kw) =>
        {
            Args.Check(args, kw, "index", 1, 3, 1);
            var self = Self(args[0]);
            long start = args.Length > 2 ? Clamp(PyOps.AsIndex(args[2]), self._count) : 0;
            long stop = args.Length > 3 ? Clamp(PyOps.AsIndex(args[3]), self._count) : self._count;
            long state = self._state;
            for (long i = start; i < stop && i < self._count; i++)
            {
                var item = self.At((int)i);
                if (ReferenceEquals(item, args[1]) || PyOps.Eq(item, args[1])) return PyInt.FromLong(i);
                if (state != self._state) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in deque");
        });
        t.AddMethod("insert", (args, kw) =>
        {
            Args.Check(args, kw, "insert", 2, 2, 1);
            var self = Self(args[0]);
            if (self.MaxLen >= 0 && self._count >= self.MaxLen) throw PyExc.IndexError("deque already at its maximum size");
            long index = Clamp(PyOps.AsIndex(args[1]), self._count);
            var items = self.ToArray().ToList();
            items.Insert((int)index, args[2]);
            self.ReplaceAll(items);
            return PyNone.Instance;
        });
        t.AddMethod("remove", (args, kw) =>
        {
            Args.Check(args, kw, "remove", 1, 1, 1);
            var self = Self(args[0]);
            for (int i = 0; i < self._count; i++)
            {
                var item = self.At(i);
                if (ReferenceEquals(item, args[1]) || PyOps.Eq(item, args[1]))
                {
                    var items = self.ToArray().ToList();
                    items.RemoveAt(i);
                    self.ReplaceAll(items);
                    return PyNone.Instance;
                }
            }
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in deque");
        });
        t.AddMethod("reverse", (args, kw) =>
        {
            var self = Self(args[0]);
            var items = self.ToArray();
            Array.Reverse(items);
            self.ReplaceAll(items);
            return PyNone.Instance;
        });
        t.AddMethod("rotate", (args, kw) =>
        {
            Args.Check(args, kw, "rotate", 0, 1, 1);
            Self(args[0]).Rotate(args.Length > 1 ? PyOps.AsIndex(args[1]) : 1);
            return PyNone.Instance;
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(Self(args[0])._count));
        t.AddMethod("__bool__", (args, kw) => PyInt.FromBool(Self(args[0])._count > 0));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var self = Self(args[0]);
            if (args[1] is PySlice) throw PyExc.TypeError("sequence index must be integer, not 'slice'");
            return self.At(self.NormaliseIndex(args[1]));
        });
        t.AddMethod("__setitem__", (args, kw) =>
        {
            var self = Self(args[0]);
            self.SetAt(self.NormaliseIndex(args[1]), args[2]);
            return PyNone.Instance;
        });
        t.AddMethod("__delitem__", (args, kw) =>
        {
            var self = Self(args[0]);
            int index = self.NormaliseIndex(args[1]);
            var items = self.ToArray().ToList();
            items.RemoveAt(index);
            self.ReplaceAll(items);
            return PyNone.Instance;
        });
        t.AddMethod("__contains__", (args, kw) =>
        {
            var self = Self(args[0]);
            long state = self._state;
            for (int i = 0; i < self._count; i++)
            {
                var item = self.At(i);
                if (ReferenceEquals(item, args[1]) || PyOps.Eq(item, args[1])) return PyInt.True;
                if (state != self._state) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            return PyInt.False;
        });
        t.AddMethod("__iter__", (args, kw) => new DequeIterator(Self(args[0]), reverse: false));
        t.AddMethod("__reversed__", (args, kw) => new DequeIterator(Self(args[0]), reverse: true));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = Self(args[0]);
            string name = self._type.Name;
            string inner = ObjectMethods.ContainerRepr(self, sb =>
            {
                sb.Append('[').Append(PyOps.JoinRepr(self.ToArray())).Append(']');
                return null;
            }, "[...]");
            return PyStr.From(self.MaxLen < 0 ? $"{name}({inner})" : $"{name}({inner}, maxlen={self.MaxLen})");
        });
        t.AddMethod("__add__", (args, kw) =>
        {
            var self = Self(args[0]);
            if (args[1] is not PyDeque other)
                throw PyExc.TypeError($"can only concatenate deque (not \"{args[1].Type.Name}\") to deque");
            return self.SameKind(self.ToArray().Concat(other.ToArray()));
        });
        t.AddMethod("__iadd__", (args, kw) => { Self(args[0]).Extend(args[1], left: false); return args[0]; });
        t.AddMethod("__mul__", (args, kw) => Repeat(Self(args[0]), args[1], inPlace: false));
        t.AddMethod("__rmul__", (args, kw) => Repeat(Self(args[0]), args[1], inPlace: false));
        t.AddMethod("__imul__", (args, kw) => Repeat(Self(args[0]), args[1], inPlace: true));
        foreach (var (name, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                     ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                     ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            var comparison = op;
            t.AddMethod(name, (args, kw) =>
            {
                if (args[1] is not PyDeque other) return PyNotImplemented.Instance;
                var mine = Self(args[0]).ToArray();
                var theirs = other.ToArray();
                return PyOps.RichCompare(new PyList(mine, mine.Length), new PyList(theirs, theirs.Length), comparison);
            });
        }
        t.AddMethod("__reduce__", (args, kw) =>
        {
            var self = Self(args[0]);
            PyObject ctorArgs = self.MaxLen < 0 ? PyTuple.Empty : PyTuple.Create(PyTuple.Empty, PyInt.FromLong(self.MaxLen));
            return PyTuple.Create(self._type, ctorArgs, (PyObject?)self._dict ?? PyNone.Instance, new DequeIterator(self, reverse: false));
        });
        t.AddClassMethod("__class_getitem__", (args, kw) => GenericAliasMethods.Create(args[0], args[1]));
        return t;
    }

    private static long Clamp(long index, int count)
    {
        if (index < 0) index = Math.Max(0, index + count);
        return Math.Min(index, count);
    }

    private static PyObject Repeat(PyDeque self, PyObject times, bool inPlace)
    {
        if (times is not PyInt) return PyNotImplemented.Instance;
        long n = PyOps.AsIndex(times);
        var items = self.ToArray();
        var repeated = new List<PyObject>();
        long limit = self.MaxLen >= 0 ? self.MaxLen + items.Length : long.MaxValue;
        for (long i = 0; i < n && repeated.Count < limit; i++) repeated.AddRange(items);
        if (!inPlace) return self.SameKind(repeated);
        self.ReplaceAll([]);
        foreach (var item in repeated) self.Append(item);
        return self;
    }

    private static PyType CreateIteratorType(string name)
    {
        var t = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_collections"));
        MiscMethods.InstallIterator(t);
        t.AddMethod("__length_hint__", (args, kw) => PyInt.FromLong(((DequeIterator)args[0]).Remaining));
        return t;
    }

    /// <summary>Iterates a deque forwards or backwards; any change of the deque's length ends it with RuntimeError.</summary>
    private sealed class DequeIterator : PyIterator
    {
        private readonly PyDeque _deque;
        private readonly bool _reverse;
        private readonly long _state;
        private int _index;

        public DequeIterator(PyDeque deque, bool reverse)
        {
            _deque = deque;
            _reverse = reverse;
            _state = deque._state;
        }

        public int Remaining => Math.Max(0, _deque._count - _index);

        public override PyType Type => _reverse ? s_reverseIteratorType : s_iteratorType;

        public override bool TryNext(out PyObject item)
        {
            if (_deque._state != _state)
            {
                _index = int.MaxValue;
                throw PyExc.RuntimeError("deque mutated during iteration");
            }
            if (_index >= _deque._count)
            {
                item = null!;
                return false;
            }
            int at = _reverse ? _deque._count - 1 - _index : _index;
            _index++;
            item = _deque.At(at);
            return true;
        }
    }
}
