using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>A dict view (<c>dict_keys</c>, <c>dict_values</c>, <c>dict_items</c>).</summary>
public sealed class PyDictView : PyObject
{
    public PyDict Dict { get; }
    public DictIterationKind Kind { get; }

    public PyDictView(PyDict dict, DictIterationKind kind)
    {
        Dict = dict;
        Kind = kind;
    }

    public override PyType Type => Kind switch
    {
        DictIterationKind.Keys => TypeObjects.DictKeys,
        DictIterationKind.Values => TypeObjects.DictValues,
        _ => TypeObjects.DictItems,
    };

    public PyDictIterator Iterate() => new(Dict, Kind, Kind switch
    {
        DictIterationKind.Keys => TypeObjects.DictKeyIterator,
        DictIterationKind.Values => TypeObjects.DictValueIterator,
        _ => TypeObjects.DictItemIterator,
    });
}

/// <summary>The methods of <c>dict</c> and its views.</summary>
internal static class DictMethods
{
    private static PyDict D(ReadOnlySpan<PyObject> args) => Args.Self<PyDict>(args);

    /// <summary><c>dict.update(other)</c> for a mapping or an iterable of pairs.</summary>
    public static void Update(PyDict target, PyObject other)
    {
        other = PyOps.Unwrap(other);
        if (other is PyDict od)
        {
            foreach (var (k, v) in od.Items.ToList()) target.SetItem(k, v);
            return;
        }
        if (other.Type.Lookup("keys") is { } keys)
        {
            var it = PyOps.GetIter(PyOps.CallSpecial(keys, other));
            while (PyOps.TryNext(it, out var k)) target.SetItem(k, PyOps.GetItem(other, k));
            return;
        }
        var items = PyOps.GetIter(other);
        int index = 0;
        while (PyOps.TryNext(items, out var pair))
        {
            PyObject[] kv;
            try
            {
                kv = PyOps.ToArray(pair);
            }
            catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.TypeError))
            {
                throw PyExc.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            }
            if (kv.Length != 2)
                throw PyExc.ValueError($"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
            target.SetItem(kv[0], kv[1]);
            index++;
        }
    }

    public static string Repr(PyDict d) => d.Count == 0 ? "{}" : ObjectMethods.ContainerRepr(d, sb =>
    {
        sb.Append('{');
        bool first = true;
        foreach (var (k, v) in d.Items)
        {
            if (!first) sb.Append(", ");
            sb.Append(PyOps.Repr(k)).Append(": ").Append(PyOps.Repr(v));
            first = false;
        }
        sb.Append('}');
        return null;
    }, "{...}");

    /// <summary>A (mutable, fresh) set of a view's elements, or of any iterable.</summary>
    private static PySet ViewAsSet(PyObject o)
    {
        if (PyOps.Unwrap(o) is PySet s && !s.IsFrozen) return s;
        var set = new PySet();
        var it = PyOps.GetIter(o);
        while (PyOps.TryNext(it, out var x)) set.Add(x);
        return set;
    }

    private static void UpdateWithKeywords(PyDict d, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyExc.TypeError($"{name} expected at most 1 argument, got {npos}");
        if (npos == 1) Update(d, args[0]);
        for (int i = 0; i < nkw; i++) d.SetItem(kw!.Items[i], args[npos + i]);
    }

    public static void Install()
    {
        var t = TypeObjects.Dict;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            if (ReferenceEquals(cls, TypeObjects.Dict)) return new PyDict();
            return new PyInstance(cls) { BuiltinValue = new PyDict() };
        })));
        t.AddMethod("__init__", (args, kw) =>
        {
            UpdateWithKeywords(D(args), args[1..], kw, "dict");
            return PyNone.Instance;
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Repr(D(args))));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(D(args).Count));
        t.AddMethod("__iter__", (args, kw) => new PyDictIterator(D(args), DictIterationKind.Keys, TypeObjects.DictKeyIterator));
        t.AddMethod("__reversed__", (args, kw) => new PyEnumerableIterator(D(args).Items.Select(p => p.Key).Reverse().ToList(), TypeObjects.DictKeyIterator));
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(D(args).ContainsKey(args[1])));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var d = D(args);
            if (d.TryGetValue(args[1], out var v)) return v;
            if (args[0].Type.IsHeapType && args[0].Type.Lookup("__missing__") is { } missing)
                return PyOps.CallSpecial(missing, args[0], args[1]);
            throw PyExc.KeyError(args[1]);
        });
        t.AddMethod("__setitem__", (args, kw) =>
        {
            D(args).SetItem(args[1], args[2]);
            return PyNone.Instance;
        });
        t.AddMethod("__delitem__", (args, kw) =>
        {
            if (!D(args).Remove(args[1])) throw PyExc.KeyError(args[1]);
            return PyNone.Instance;
        });
        NumberMethods.InstallComparisons(t, o => PyOps.Unwrap(o) is PyDict);
        t.AddMethod("__or__", (args, kw) => PyOps.Unwrap(args[1]) is PyDict ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Or)! : PyNotImplemented.Instance);
        t.AddMethod("__ior__", (args, kw) =>
        {
            Update(D(args), args[1]);
            return args[0];
        });
        t.AddMethod("keys", (args, kw) => new PyDictView(D(args), DictIterationKind.Keys));
        t.AddMethod("values", (args, kw) => new PyDictView(D(args), DictIterationKind.Values));
        t.AddMethod("items", (args, kw) => new PyDictView(D(args), DictIterationKind.Items));
        t.AddMethod("get", (args, kw) =>
        {
            Args.Check(args, kw, "get", 1, 2, 1);
            return D(args).TryGetValue(args[1], out var v) ? v : args.Length > 2 ? args[2] : PyNone.Instance;
        });
        t.AddMethod("setdefault", (args, kw) =>
        {
            Args.Check(args, kw, "setdefault", 1, 2, 1);
            var d = D(args);
            if (d.TryGetValue(args[1], out var v)) return v;
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            d.SetItem(args[1], value);
            return value;
        });
        t.AddMethod("pop", (args, kw) =>
        {
            Args.Check(args, kw, "pop", 1, 2, 1);
            if (D(args).Remove(args[1], out var v)) return v;
            if (args.Length > 2) return args[2];
            throw PyExc.KeyError(args[1]);
        });
        t.AddMethod("popitem", (args, kw) =>
        {
            if (!D(args).TryPopLast(out var k, out var v)) throw PyExc.KeyError(PyStr.From("popitem(): dictionary is empty"));
            return PyTuple.Create(k, v);
        });
        t.AddMethod("update", (args, kw) =>
        {
            UpdateWithKeywords(D(args), args[1..], kw, "update");
            return PyNone.Instance;
        });
        t.AddMethod("clear", (args, kw) =>
        {
            D(args).Clear();
            return PyNone.Instance;
        });
        t.AddMethod("copy", (args, kw) => D(args).Copy());
        t.AddClassMethod("fromkeys", (args, kw) =>
        {
            Args.Check(args, kw, "fromkeys", 1, 2, 1);
            var result = PyOps.Call0(args[0]);
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var k)) PyOps.SetItem(result, k, value);
            return result;
        });

        foreach (var vt in new[] { TypeObjects.DictKeys, TypeObjects.DictValues, TypeObjects.DictItems })
        {
            vt.AddMethod("__len__", (args, kw) => PyInt.FromLong(((PyDictView)args[0]).Dict.Count));
            vt.AddMethod("__iter__", (args, kw) => ((PyDictView)args[0]).Iterate());
            vt.AddMethod("__repr__", (args, kw) =>
            {
                var view = (PyDictView)args[0];
                var items = new List<PyObject>();
                var it = view.Iterate();
                while (it.TryNext(out var x)) items.Add(x);
                return PyStr.From($"{view.Type.Name}([{PyOps.JoinRepr(items)}])");
            });
            vt.AddMethod("__contains__", (args, kw) =>
            {
                var view = (PyDictView)args[0];
                switch (view.Kind)
                {
                    case DictIterationKind.Keys: return PyInt.FromBool(view.Dict.ContainsKey(args[1]));
                    case DictIterationKind.Items:
                        if (args[1] is not PyTuple { Length: 2 } pair) return PyInt.False;
                        return PyInt.FromBool(view.Dict.TryGetValue(pair.Items[0], out var v) && PyOps.Eq(v, pair.Items[1]));
                    default:
                        foreach (var (_, v2) in view.Dict.Items) if (PyOps.Eq(v2, args[1])) return PyInt.True;
                        return PyInt.False;
                }
            });
            vt.AddGetter("mapping", self => new PyMappingProxy(((PyDictView)self).Dict));
            vt.AddMethod("__reversed__", (args, kw) =>
            {
                var view = (PyDictView)args[0];
                var items = new List<PyObject>();
                var it = view.Iterate();
                while (it.TryNext(out var x)) items.Add(x);
                items.Reverse();
                return new PyEnumerableIterator(items, TypeObjects.DictKeyIterator);
            });
        }
        // keys() and items() views behave as sets: & | - ^, comparisons and isdisjoint produce/compare sets.
        foreach (var vt in new[] { TypeObjects.DictKeys, TypeObjects.DictItems })
        {
            foreach (var (name, op) in new[] { ("__and__", BinaryOperator.And), ("__or__", BinaryOperator.Or),
                         ("__sub__", BinaryOperator.Subtract), ("__xor__", BinaryOperator.Xor) })
            {
                vt.AddMethod(name, (args, kw) => SetMethods.Operate(ViewAsSet(args[0]), ViewAsSet(args[1]), op));
                vt.AddMethod("__r" + name[2..], (args, kw) => SetMethods.Operate(ViewAsSet(args[1]), ViewAsSet(args[0]), op));
            }
            foreach (var (name, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                         ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                         ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
            {
                vt.AddMethod(name, (args, kw) => args[1] is PySet or PyDictView
                    ? PyOps.RichCompare(ViewAsSet(args[0]), ViewAsSet(args[1]), op) : PyNotImplemented.Instance);
            }
            vt.AddMethod("isdisjoint", (args, kw) =>
            {
                var mine = ViewAsSet(args[0]);
                var it = PyOps.GetIter(args[1]);
                while (PyOps.TryNext(it, out var x)) if (mine.Contains(x)) return PyInt.False;
                return PyInt.True;
            });
        }
        foreach (var it in new[] { TypeObjects.DictKeyIterator, TypeObjects.DictValueIterator, TypeObjects.DictItemIterator })
            MiscMethods.InstallIterator(it);
    }
}
