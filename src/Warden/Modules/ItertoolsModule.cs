using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>itertools</c> module. Each iterator type is a real type object (<c>itertools.count</c>...)
/// whose instances run a C# iterator method; argument iterables are obtained eagerly, as CPython does.
/// </summary>
internal static class ItertoolsModule
{
    private delegate IEnumerator<PyObject> Constructor(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("itertools");
        var d = module.Dict;
        void Type(string name, Constructor make)
        {
            var type = new PyType(name, [TypeObjects.Object], TypeObjects.TypeType);
            type.Dict.SetStr("__module__", PyStr.From("itertools"));
            type.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
                new ItertoolsIterator(type, make(args[1..], kw)))));
            MiscMethods.InstallIterator(type);
            d.SetStr(name, type);
        }

        Type("count", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "count", ["start", "step"], 0);
            return Count(a[0] ?? PyInt.Zero, a[1] ?? PyInt.One);
        });
        Type("cycle", (args, kw) => { Args.Check(args, kw, "cycle", 1, 1); return Cycle(PyOps.GetIter(args[0])); });
        Type("repeat", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "repeat", ["object", "times"], 1);
            return Repeat(a[0]!, a[1] is null ? -1 : Math.Max(0, PyOps.AsIndex(a[1]!)));
        });
        Type("accumulate", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "accumulate", ["iterable", "func", "initial"], 1, positionalOnly: 0, maxPositional: 2);
            return Accumulate(PyOps.GetIter(a[0]!), a[1] is null or PyNone ? null : a[1], a[2] is null or PyNone ? null : a[2]);
        });
        Type("chain", (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyExc.TypeError("chain() takes no keyword arguments");
            return Chain(PyOps.GetIter(new PyTuple(args.ToArray())));
        });
        d.TryGetStr("chain", out var chainType);
        ((PyType)chainType).Dict.SetStr("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", (args, kw) =>
        {
            Args.Check(args, kw, "from_iterable", 1, 1, 1);
            return new ItertoolsIterator((PyType)args[0], Chain(PyOps.GetIter(args[1])));
        })));
        Type("compress", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "compress", ["data", "selectors"], 2);
            return Compress(PyOps.GetIter(a[0]!), PyOps.GetIter(a[1]!));
        });
        Type("dropwhile", (args, kw) => { Args.Check(args, kw, "dropwhile", 2, 2); return DropWhile(args[0], PyOps.GetIter(args[1])); });
        Type("takewhile", (args, kw) => { Args.Check(args, kw, "takewhile", 2, 2); return TakeWhile(args[0], PyOps.GetIter(args[1])); });
        Type("filterfalse", (args, kw) => { Args.Check(args, kw, "filterfalse", 2, 2); return FilterFalse(args[0], PyOps.GetIter(args[1])); });
        Type("starmap", (args, kw) => { Args.Check(args, kw, "starmap", 2, 2); return StarMap(args[0], PyOps.GetIter(args[1])); });
        Type("pairwise", (args, kw) => { Args.Check(args, kw, "pairwise", 1, 1); return Pairwise(PyOps.GetIter(args[0])); });
        Type("groupby", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "groupby", ["iterable", "key"], 1);
            return GroupBy(PyOps.GetIter(a[0]!), a[1] is null or PyNone ? null : a[1]);
        });
        Type("islice", (args, kw) =>
        {
            Args.Check(args, kw, "islice", 2, 4);
            long start = 0, stop, step = 1;
            const string indexMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (args.Length == 2) stop = SliceIndex(args[1], indexMessage);
            else
            {
                start = args[1] is PyNone ? 0 : SliceIndex(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                stop = SliceIndex(args[2], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                if (args.Length == 4 && args[3] is not PyNone)
                {
                    step = SliceIndex(args[3], "Step for islice() must be a positive integer or None.");
                    if (step < 1) throw PyExc.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
            return ISlice(PyOps.GetIter(args[0]), start, stop, step);
        });
        Type("zip_longest", (args, kw) =>
        {
            PyObject fill = PyNone.Instance;
            int nkw = kw?.Length ?? 0;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kw!.Items[i]).Value != "fillvalue") throw PyExc.TypeError("zip_longest() got an unexpected keyword argument");
                fill = args[args.Length - nkw + i];
            }
            var sources = new PyObject?[args.Length - nkw];
            for (int i = 0; i < sources.Length; i++) sources[i] = PyOps.GetIter(args[i]);
            return ZipLongest(sources, fill);
        });
        Type("product", (args, kw) =>
        {
            long repeat = 1;
            int nkw = kw?.Length ?? 0;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kw!.Items[i]).Value != "repeat") throw PyExc.TypeError("product() got an unexpected keyword argument");
                repeat = PyOps.AsIndex(args[args.Length - nkw + i]);
                if (repeat < 0) throw PyExc.ValueError("repeat argument cannot be negative");
            }
            var pools = new List<PyObject[]>();
            var given = new PyObject[args.Length - nkw][];
            for (int i = 0; i < given.Length; i++) given[i] = PyOps.ToArray(args[i]);
            for (long r = 0; r < repeat; r++) pools.AddRange(given);
            return Product(pools.ToArray());
        });
        Type("permutations", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "permutations", ["iterable", "r"], 1);
            var pool = PyOps.ToArray(a[0]!);
            long r = a[1] is null or PyNone ? pool.Length : PyOps.AsIndex(a[1]!);
            if (r < 0) throw PyExc.ValueError("r must be non-negative");
            return Permutations(pool, r);
        });
        Type("combinations", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "combinations", ["iterable", "r"], 2);
            var pool = PyOps.ToArray(a[0]!);
            long r = PyOps.AsIndex(a[1]!);
            if (r < 0) throw PyExc.ValueError("r must be non-negative");
            return Combinations(pool, r, withReplacement: false);
        });
        Type("combinations_with_replacement", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "combinations_with_replacement", ["iterable", "r"], 2);
            var pool = PyOps.ToArray(a[0]!);
            long r = PyOps.AsIndex(a[1]!);
            if (r < 0) throw PyExc.ValueError("r must be non-negative");
            return Combinations(pool, r, withReplacement: true);
        });
        d.SetStr("tee", new PyBuiltinFunction("tee", (args, kw) =>
        {
            Args.Check(args, kw, "tee", 1, 2);
            long n = args.Length == 2 ? PyOps.AsIndex(args[1]) : 2;
            if (n < 0) throw PyExc.ValueError("n must be >= 0");
            var shared = new TeeBuffer(PyOps.GetIter(args[0]));
            var teeType = s_teeType;
            var copies = new PyObject[n];
            for (int i = 0; i < n; i++) copies[i] = new ItertoolsIterator(teeType, shared.Reader());
            return new PyTuple(copies);
        }));
        return module;
    }

    private static readonly PyType s_teeType = CreateTeeType();

    private static PyType CreateTeeType()
    {
        var type = new PyType("_tee", [TypeObjects.Object], TypeObjects.TypeType);
        type.Dict.SetStr("__module__", PyStr.From("itertools"));
        MiscMethods.InstallIterator(type);
        return type;
    }

    private static long SliceIndex(PyObject o, string message)
    {
        if (o is PyNone) return long.MaxValue;
        if (PyOps.Unwrap(o) is not PyInt && o.Type.Lookup("__index__") is null) throw PyExc.ValueError(message);
        long v = PyOps.AsIndex(o);
        if (v < 0) throw PyExc.ValueError(message);
        return v;
    }

    private static PyObject Add(PyObject a, PyObject b) => PyOps.BinaryOp(a, b, (int)BinaryOperator.Add);

    private static IEnumerator<PyObject> Count(PyObject value, PyObject step)
    {
        while (true)
        {
            yield return value;
            value = Add(value, step);
        }
    }

    private static IEnumerator<PyObject> Cycle(PyObject source)
    {
        var saved = new List<PyObject>();
        while (PyOps.TryNext(source, out var item))
        {
            saved.Add(item);
            yield return item;
        }
        if (saved.Count == 0) yield break;
        while (true)
            foreach (var item in saved) yield return item;
    }

    private static IEnumerator<PyObject> Repeat(PyObject value, long times)
    {
        for (long i = 0; times < 0 || i < times; i++) yield return value;
    }

    private static IEnumerator<PyObject> Accumulate(PyObject source, PyObject? function, PyObject? initial)
    {
        PyObject? total = initial;
        if (total is not null) yield return total;
        while (PyOps.TryNext(source, out var item))
        {
            total = total is null ? item : function is null ? Add(total, item) : PyOps.Call2(function, total, item);
            yield return total;
        }
    }

    private static IEnumerator<PyObject> Chain(PyObject iterables)
    {
        while (PyOps.TryNext(iterables, out var iterable))
        {
            var it = PyOps.GetIter(iterable);
            while (PyOps.TryNext(it, out var item)) yield return item;
        }
    }

    private static IEnumerator<PyObject> Compress(PyObject data, PyObject selectors)
    {
        while (PyOps.TryNext(data, out var item) && PyOps.TryNext(selectors, out var selector))
            if (PyOps.IsTrue(selector)) yield return item;
    }

    private static IEnumerator<PyObject> DropWhile(PyObject predicate, PyObject source)
    {
        bool dropping = true;
        while (PyOps.TryNext(source, out var item))
        {
            if (dropping && PyOps.IsTrue(PyOps.Call1(predicate, item))) continue;
            dropping = false;
            yield return item;
        }
    }

    private static IEnumerator<PyObject> TakeWhile(PyObject predicate, PyObject source)
    {
        while (PyOps.TryNext(source, out var item) && PyOps.IsTrue(PyOps.Call1(predicate, item)))
            yield return item;
    }

    private static IEnumerator<PyObject> FilterFalse(PyObject predicate, PyObject source)
    {
        while (PyOps.TryNext(source, out var item))
            if (!PyOps.IsTrue(predicate is PyNone ? item : PyOps.Call1(predicate, item))) yield return item;
    }

    private static IEnumerator<PyObject> StarMap(PyObject function, PyObject source)
    {
        while (PyOps.TryNext(source, out var item))
            yield return PyOps.Call(function, PyOps.ToArray(item), null);
    }

    private static IEnumerator<PyObject> Pairwise(PyObject source)
    {
        if (!PyOps.TryNext(source, out var previous)) yield break;
        while (PyOps.TryNext(source, out var item))
        {
            yield return PyTuple.Create(previous, item);
            previous = item;
        }
    }

    private static IEnumerator<PyObject> ISlice(PyObject source, long start, long stop, long step)
    {
        long next = start;
        for (long index = 0; index < stop; index++)
        {
            if (!PyOps.TryNext(source, out var item)) yield break;
            if (index == next)
            {
                yield return item;
                next = next > long.MaxValue - step ? long.MaxValue : next + step;
            }
        }
    }

    private static IEnumerator<PyObject> ZipLongest(PyObject?[] sources, PyObject fill)
    {
        int active = sources.Length;
        if (active == 0) yield break;
        while (true)
        {
            var values = new PyObject[sources.Length];
            for (int i = 0; i < sources.Length; i++)
            {
                if (sources[i] is { } it && PyOps.TryNext(it, out var item)) values[i] = item;
                else
                {
                    if (sources[i] is not null) { sources[i] = null; active--; }
                    if (active == 0) yield break;
                    values[i] = fill;
                }
            }
            yield return new PyTuple(values);
        }
    }

    private static IEnumerator<PyObject> Product(PyObject[][] pools)
    {
        foreach (var pool in pools) if (pool.Length == 0) yield break;
        var indices = new int[pools.Length];
        while (true)
        {
            var values = new PyObject[pools.Length];
            for (int i = 0; i < pools.Length; i++) values[i] = pools[i][indices[i]];
            yield return new PyTuple(values);
            int position = pools.Length - 1;
            while (position >= 0 && ++indices[position] == pools[position].Length) indices[position--] = 0;
            if (position < 0) yield break;
        }
    }

    /// <summary>Lexicographic permutations of positions: the next one swaps the rightmost ascent with its smallest larger successor, then reverses the tail.</summary>
    private static IEnumerator<PyObject> Permutations(PyObject[] pool, long r)
    {
        int n = pool.Length;
        if (r > n) yield break;
        int k = (int)r;
        var indices = Enumerable.Range(0, n).ToArray();
        while (true)
        {
            var values = new PyObject[k];
            for (int i = 0; i < k; i++) values[i] = pool[indices[i]];
            yield return new PyTuple(values);
            // Sorting the unused tail descending makes the full-permutation successor skip duplicates of the prefix.
            Array.Reverse(indices, k, n - k);
            int ascent = n - 2;
            while (ascent >= 0 && indices[ascent] > indices[ascent + 1]) ascent--;
            if (ascent < 0) yield break;
            int successor = n - 1;
            while (indices[successor] < indices[ascent]) successor--;
            (indices[ascent], indices[successor]) = (indices[successor], indices[ascent]);
            Array.Reverse(indices, ascent + 1, n - ascent - 1);
        }
    }

    private static IEnumerator<PyObject> Combinations(PyObject[] pool, long r, bool withReplacement)
    {
        int n = pool.Length;
        if (!withReplacement && r > n || withReplacement && n == 0 && r > 0) yield break;
        int k = (int)r;
        var indices = new int[k];
        if (!withReplacement) for (int i = 0; i < k; i++) indices[i] = i;
        while (true)
        {
            var values = new PyObject[k];
            for (int i = 0; i < k; i++) values[i] = pool[indices[i]];
            yield return new PyTuple(values);
            int position = k - 1;
            // The highest index a position may hold: n-1 with replacement, otherwise leave room for the positions after it.
            while (position >= 0 && indices[position] == (withReplacement ? n - 1 : position + n - k)) position--;
            if (position < 0) yield break;
            int value = indices[position] + 1;
            for (int j = position; j < k; j++) indices[j] = withReplacement ? value : value + j - position;
        }
    }

    private static IEnumerator<PyObject> GroupBy(PyObject source, PyObject? key)
    {
        var state = new GroupState(source, key);
        if (!state.Advance()) yield break;
        while (true)
        {
            var groupKey = state.CurrentKey!;
            state.GroupId++;
            yield return PyTuple.Create(groupKey, new ItertoolsIterator(s_grouperType, state.Group(state.GroupId, groupKey)));
            // Skip what the consumer did not read of this group.
            while (!state.Exhausted && PyOps.Eq(state.CurrentKey!, groupKey))
                if (!state.Advance()) yield break;
            if (state.Exhausted) yield break;
        }
    }

    private static readonly PyType s_grouperType = CreateGrouperType();

    private static PyType CreateGrouperType()
    {
        var type = new PyType("_grouper", [TypeObjects.Object], TypeObjects.TypeType);
        type.Dict.SetStr("__module__", PyStr.From("itertools"));
        MiscMethods.InstallIterator(type);
        return type;
    }

    /// <summary>The one-item look-ahead shared by a groupby and its groups.</summary>
    private sealed class GroupState(PyObject source, PyObject? key)
    {
        public PyObject? CurrentValue;
        public PyObject? CurrentKey;
        public bool Exhausted;
        public int GroupId;

        public bool Advance()
        {
            if (!PyOps.TryNext(source, out var value)) { Exhausted = true; return false; }
            CurrentValue = value;
            CurrentKey = key is null ? value : PyOps.Call1(key, value);
            return true;
        }

        public IEnumerator<PyObject> Group(int id, PyObject groupKey)
        {
            while (id == GroupId && !Exhausted && PyOps.Eq(CurrentKey!, groupKey))
            {
                yield return CurrentValue!;
                if (id != GroupId) yield break;
                Advance();
            }
        }
    }

    /// <summary>Items read from the source once and kept until every tee copy has passed them.</summary>
    private sealed class TeeBuffer(PyObject source)
    {
        private readonly List<PyObject> _items = [];

        public IEnumerator<PyObject> Reader()
        {
            for (int index = 0; ; index++)
            {
                if (index == _items.Count)
                {
                    if (!PyOps.TryNext(source, out var item)) yield break;
                    _items.Add(item);
                }
                yield return _items[index];
            }
        }
    }
}

/// <summary>An itertools iterator: a type object plus the C# iterator that produces its items.</summary>
internal sealed class ItertoolsIterator(PyType type, IEnumerator<PyObject> items) : PyIterator
{
    private IEnumerator<PyObject>? _items = items;

    public override PyType Type => type;

    public override bool TryNext(out PyObject item)
    {
        if (_items is not null && _items.MoveNext())
        {
            item = _items.Current;
            return true;
        }
        _items = null;
        item = null!;
        return false;
    }
}
