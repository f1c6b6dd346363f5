using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>The methods of <c>list</c> and <c>tuple</c>.</summary>
internal static class ListMethods
{
    private static PyList L(ReadOnlySpan<PyObject> args) => Args.Self<PyList>(args);
    private static PyTuple T(ReadOnlySpan<PyObject> args) => Args.Self<PyTuple>(args);

    public static void Extend(PyList list, PyObject iterable)
    {
        switch (PyOps.Unwrap(iterable))
        {
            case PyList other:
            {
                int n = other.Count;
                if (list.Count + n > list.Items.Length) list.Grow(list.Count + n);
                Array.Copy(other.Items, 0, list.Items, list.Count, n);
                list.Count += n;
                return;
            }
            case PyTuple t:
            {
                if (list.Count + t.Length > list.Items.Length) list.Grow(list.Count + t.Length);
                Array.Copy(t.Items, 0, list.Items, list.Count, t.Length);
                list.Count += t.Length;
                return;
            }
        }
        if (iterable.Type.GetSlots().Iter is null && iterable is not PyIterator && iterable is not PyGenerator
            && iterable.Type.Lookup("__getitem__") is null)
            throw PyExc.TypeError($"'{iterable.Type.Name}' object is not iterable");
        var it = PyOps.GetIter(iterable);
        while (PyOps.TryNext(it, out var item)) list.Append(item);
    }

    public static string Repr(PyList l) => ObjectMethods.ContainerRepr(l, sb =>
    {
        sb.Append('[');
        for (int i = 0; i < l.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(PyOps.Repr(l.Items[i]));
        }
        sb.Append(']');
        return null;
    }, "[...]");

    public static string Repr(PyTuple t)
    {
        if (t.Length == 0) return "()";
        return ObjectMethods.ContainerRepr(t, sb =>
        {
            sb.Append('(');
            for (int i = 0; i < t.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(PyOps.Repr(t.Items[i]));
            }
            if (t.Length == 1) sb.Append(',');
            sb.Append(')');
            return null;
        }, "(...)");
    }

    private static long NormalizeIndex(PyObject key, long length, string what)
    {
        long i = PyOps.AsSubscriptIndex(key);
        if (i < 0) i += length;
        if ((ulong)i >= (ulong)length) throw PyExc.IndexError($"{what} index out of range");
        return i;
    }

    public static void Install()
    {
        InstallList();
        InstallTuple();
    }

    private static void InstallList()
    {
        var t = TypeObjects.List;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (ReferenceEquals(cls, TypeObjects.List)) return new PyList();
            return new PyInstance(cls) { BuiltinValue = new PyList() };
        })));
        t.AddMethod("__init__", (args, kw) =>
        {
            Args.Check(args, kw, "list", 0, 1, 1);
            var l = L(args);
            l.Items = Array.Empty<PyObject>();
            l.Count = 0;
            if (args.Length > 1) Extend(l, args[1]);
            return PyNone.Instance;
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Repr(L(args))));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(L(args).Count));
        t.AddMethod("__iter__", (args, kw) => new PyListIterator(L(args)));
        t.AddMethod("__reversed__", (args, kw) => new PyListReverseIterator(L(args)));
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(L(args), args[1])));
        t.AddMethod("__getitem__", (args, kw) => GetItem(L(args), args[1]));
        t.AddMethod("__setitem__", (args, kw) =>
        {
            var l = L(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                AssignSlice(l, slice, args[2]);
                return PyNone.Instance;
            }
            if (key is not PyInt && key.Type.Lookup("__index__") is null)
                throw PyExc.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            l.Items[NormalizeIndex(key, l.Count, "list assignment")] = args[2];
            return PyNone.Instance;
        });
        t.AddMethod("__delitem__", (args, kw) =>
        {
            var l = L(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var r = SliceIndices.Resolve(slice, l.Count);
                var keep = new List<PyObject>();
                var remove = new HashSet<long>();
                for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) remove.Add(k);
                for (int i = 0; i < l.Count; i++) if (!remove.Contains(i)) keep.Add(l.Items[i]);
                l.Items = keep.ToArray();
                l.Count = keep.Count;
                return PyNone.Instance;
            }
            if (key is not PyInt && key.Type.Lookup("__index__") is null)
                throw PyExc.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            l.RemoveAt((int)NormalizeIndex(key, l.Count, "list assignment"));
            return PyNone.Instance;
        });
        NumberMethods.InstallOperators(t, o => PyOps.Unwrap(o) is PyList, BinaryOperator.Add);
        t.Dict.RemoveStr("__radd__");
        t.AddMethod("__mul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        t.AddMethod("__rmul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        t.AddMethod("__iadd__", (args, kw) =>
        {
            Extend(L(args), args[1]);
            return args[0];
        });
        t.AddMethod("__imul__", (args, kw) =>
        {
            var l = L(args);
            if (PyOps.Unwrap(args[1]) is not PyInt) return PyNotImplemented.Instance;
            var repeated = (PyList)PyOps.BuiltinBinary(l, args[1], BinaryOperator.Multiply)!;
            l.Items = repeated.Items;
            l.Count = repeated.Count;
            return args[0];
        });
        NumberMethods.InstallComparisons(t, o => PyOps.Unwrap(o) is PyList);
        t.AddMethod("append", (args, kw) =>
        {
            Args.Check(args, kw, "append", 1, 1, 1);
            L(args).Append(args[1]);
            return PyNone.Instance;
        });
        t.AddMethod("extend", (args, kw) =>
        {
            Args.Check(args, kw, "extend", 1, 1, 1);
            Extend(L(args), args[1]);
            return PyNone.Instance;
        });
        t.AddMethod("insert", (args, kw) =>
        {
            Args.Check(args, kw, "insert", 2, 2, 1);
            var l = L(args);
            long i = PyOps.AsIndex(args[1]);
            if (i < 0) i = Math.Max(0, i + l.Count);
            if (i > l.Count) i = l.Count;
            l.Insert((int)i, args[2]);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (args, kw) =>
        {
            Args.Check(args, kw, "pop", 0, 1, 1);
            var l = L(args);
            if (l.Count == 0) throw PyExc.IndexError("pop from empty list");
            long i = args.Length > 1 ? PyOps.AsIndex(args[1]) : l.Count - 1;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyExc.IndexError("pop index out of range");
            var item = l.Items[i];
            l.RemoveAt((int)i);
            return item;
        });
        t.AddMethod("remove", (args, kw) =>
        {
            Args.Check(args, kw, "remove", 1, 1, 1);
            var l = L(args);
            for (int i = 0; i < l.Count; i++)
            {
                if (PyOps.Eq(l.Items[i], args[1]))
                {
                    l.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            throw PyExc.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (args, kw) =>
        {
            Args.Check(args, kw, "index", 1, 3, 1);
            var l = L(args);
            var (start, stop) = Bounds(args, l.Count);
            for (long i = start; i < stop && i < l.Count; i++)
                if (PyOps.Eq(l.Items[i], args[1])) return PyInt.FromLong(i);
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in list");
        });
        t.AddMethod("count", (args, kw) =>
        {
            Args.Check(args, kw, "count", 1, 1, 1);
            var l = L(args);
            long n = 0;
            for (int i = 0; i < l.Count; i++) if (PyOps.Eq(l.Items[i], args[1])) n++;
            return PyInt.FromLong(n);
        });
        t.AddMethod("clear", (args, kw) =>
        {
            var l = L(args);
            l.Items = Array.Empty<PyObject>();
            l.Count = 0;
            return PyNone.Instance;
        });
        t.AddMethod("copy", (args, kw) => PyList.FromSpan(L(args).AsSpan()));
        t.AddMethod("reverse", (args, kw) =>
        {
            var l = L(args);
            Array.Reverse(l.Items, 0, l.Count);
            return PyNone.Instance;
        });
        t.AddMethod("sort", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "sort", ["key", "reverse"], 0, maxPositional: 0);
            Sort(L(args), a[0] is PyNone ? null : a[0], a[1] is not null && PyOps.IsTrue(a[1]!));
            return PyNone.Instance;
        });
    }

    /// <summary>A start/stop argument of index(): any integer, clamped (CPython's slice-index conversion).</summary>
    private static long SearchBound(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") is null)
            throw PyExc.TypeError("slice indices must be integers or have an __index__ method");
        var i = PyOps.Index(o);
        return i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
    }

    private static (long, long) Bounds(ReadOnlySpan<PyObject> args, long length)
    {
        long start = args.Length > 2 ? SearchBound(args[2]) : 0;
        long stop = args.Length > 3 ? SearchBound(args[3]) : length;
        if (start < 0) start = Math.Max(0, start + length);
        if (stop < 0) stop = Math.Max(0, stop + length);
        return (start, stop);
    }

    private static void AssignSlice(PyList l, PySlice slice, PyObject value)
    {
        // Copy first: the source may be the list itself (a[:] = a).
        var u = PyOps.Unwrap(value);
        if (u is not (PyList or PyTuple) && u.Type.GetSlots().Iter is null && u.Type.Lookup("__getitem__") is null)
            throw PyExc.TypeError("can only assign an iterable");
        var items = u is PyList source ? source.ToArray() : PyOps.ToArray(value).ToArray();
        var r = SliceIndices.Resolve(slice, l.Count);
        if (r.Step == 1)
        {
            long start = r.Start, stop = Math.Max(r.Start, r.Stop);
            var result = new List<PyObject>(l.Count - (int)(stop - start) + items.Length);
            for (int i = 0; i < start; i++) result.Add(l.Items[i]);
            result.AddRange(items);
            for (long i = stop; i < l.Count; i++) result.Add(l.Items[i]);
            l.Items = result.ToArray();
            l.Count = result.Count;
            return;
        }
        if (items.Length != r.Count)
            throw PyExc.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {r.Count}");
        for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) l.Items[k] = items[i];
    }

    /// <summary>Stable sort with Python's <c>&lt;</c>; detects mutation of the list by key or comparison code.</summary>
    public static void Sort(PyList list, PyObject? key, bool reverse)
    {
        var items = list.ToArray();
        int count = list.Count;
        // The list looks empty while sorting, as in CPython.
        list.Items = Array.Empty<PyObject>();
        list.Count = 0;
        try
        {
            var keys = items;
            if (key is not null)
            {
                keys = new PyObject[items.Length];
                for (int i = 0; i < items.Length; i++) keys[i] = PyOps.Call1(key, items[i]);
            }
            var order = new int[items.Length];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            if (reverse) Array.Reverse(order);
            var temp = new int[order.Length];
            MergeSort(order, temp, 0, order.Length, keys);
            if (reverse) Array.Reverse(order);
            var sorted = new PyObject[items.Length];
            for (int i = 0; i < order.Length; i++) sorted[i] = items[order[i]];
            items = sorted;
        }
        finally
        {
            bool modified = list.Count != 0;
            list.Items = items;
            list.Count = count;
            if (modified) throw PyExc.ValueError("list modified during sort");
        }
    }

    private static void MergeSort(int[] a, int[] temp, int lo, int hi, PyObject[] keys)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 16)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && PyOps.CompareBool(keys[x], keys[a[j]], ComparisonOperator.Less)) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(a, temp, lo, mid, keys);
        MergeSort(a, temp, mid, hi, keys);
        if (!PyOps.CompareBool(keys[a[mid]], keys[a[mid - 1]], ComparisonOperator.Less)) return;
        Array.Copy(a, lo, temp, lo, hi - lo);
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi)
            a[k++] = PyOps.CompareBool(keys[temp[q]], keys[temp[p]], ComparisonOperator.Less) ? temp[q++] : temp[p++];
        while (p < mid) a[k++] = temp[p++];
        while (q < hi) a[k++] = temp[q++];
    }

    private static void InstallTuple()
    {
        var t = TypeObjects.Tuple;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            Args.Check(args, kw, "tuple", 0, 1, 1);
            PyObject value = args.Length == 1 ? PyTuple.Empty
                : args[1] is PyTuple existing && !args[1].Type.IsHeapType ? existing : PyTuple.Create(PyOps.ToArray(args[1]));
            if (ReferenceEquals(cls, TypeObjects.Tuple)) return value;
            return new PyInstance(cls) { BuiltinValue = value };
        })));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Repr(T(args))));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(T(args))));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(T(args).Length));
        t.AddMethod("__iter__", (args, kw) => new PyArrayIterator(T(args).Items, T(args).Length, TypeObjects.TupleIterator));
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(T(args), args[1])));
        t.AddMethod("__getitem__", (args, kw) => GetItem(T(args), args[1]));
        NumberMethods.InstallOperators(t, o => PyOps.Unwrap(o) is PyTuple, BinaryOperator.Add);
        t.Dict.RemoveStr("__radd__");
        t.AddMethod("__mul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        t.AddMethod("__rmul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        NumberMethods.InstallComparisons(t, o => PyOps.Unwrap(o) is PyTuple);
        t.AddMethod("index", (args, kw) =>
        {
            Args.Check(args, kw, "index", 1, 3, 1);
            var tuple = T(args);
            var (start, stop) = Bounds(args, tuple.Length);
            for (long i = start; i < stop && i < tuple.Length; i++)
                if (PyOps.Eq(tuple.Items[i], args[1])) return PyInt.FromLong(i);
            throw PyExc.ValueError("tuple.index(x): x not in tuple");
        });
        t.AddMethod("count", (args, kw) =>
        {
            long n = 0;
            foreach (var x in T(args).Items) if (PyOps.Eq(x, args[1])) n++;
            return PyInt.FromLong(n);
        });
        t.AddMethod("__getnewargs__", (args, kw) => PyTuple.Create(PyTuple.Create(T(args).Items)));
    }
    /// <summary><c>list[key]</c>: an index or a slice (a new list).</summary>
    internal static PyObject GetItem(PyList l, PyObject index)
    {
        var key = PyOps.Unwrap(index);
        if (key is PySlice slice)
        {
            var r = SliceIndices.Resolve(slice, l.Count);
            if (r.Step == 1) return PyList.FromSpan(l.AsSpan().Slice((int)r.Start, (int)r.Count));
            var result = new PyList((int)r.Count);
            for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) result.Append(l.Items[k]);
            return result;
        }
        if (key is not PyInt && key.Type.Lookup("__index__") is null)
            throw PyExc.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        return l.Items[NormalizeIndex(key, l.Count, "list")];
    }

    /// <summary><c>tuple[key]</c>: an index or a slice (a new tuple).</summary>
    internal static PyObject GetItem(PyTuple tuple, PyObject index)
    {
        var key = PyOps.Unwrap(index);
        if (key is PySlice slice)
        {
            var r = SliceIndices.Resolve(slice, tuple.Length);
            var items = new PyObject[r.Count];
            for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) items[i] = tuple.Items[k];
            return PyTuple.Create(items);
        }
        if (key is not PyInt && key.Type.Lookup("__index__") is null)
            throw PyExc.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        return tuple.Items[NormalizeIndex(key, tuple.Length, "tuple")];
    }
}
