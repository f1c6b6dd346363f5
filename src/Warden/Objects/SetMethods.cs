using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>The methods of <c>set</c> and <c>frozenset</c>.</summary>
internal static class SetMethods
{
    private static PySet S(ReadOnlySpan<PyObject> args) => Args.Self<PySet>(args);

    private static PySet ToSet(PyObject o)
    {
        if (PyOps.Unwrap(o) is PySet s) return s;
        var r = new PySet(true);
        var it = PyOps.GetIter(o);
        while (PyOps.TryNext(it, out var x)) r.Add(x);
        return r;
    }

    /// <summary>Set algebra for the | &amp; - ^ operators; the result has the left operand's kind.</summary>
    public static PyObject Operate(PyObject a, PyObject b, BinaryOperator op)
    {
        var x = (PySet)PyOps.Unwrap(a);
        var y = ToSet(b);
        var result = op == BinaryOperator.Or ? x.Copy(x.IsFrozen) : new PySet(x.IsFrozen);
        switch (op)
        {
            case BinaryOperator.Or:
                foreach (var e in y.Elements) result.Add(e);
                break;
            case BinaryOperator.And:
            {
                // CPython iterates the smaller set and keeps its order.
                var (small, large) = y.Count > x.Count ? (x, y) : (y, x);
                foreach (var e in small.Elements) if (large.Contains(e)) result.Add(e);
                break;
            }
            case BinaryOperator.Subtract:
                if (x.Count >> 2 > y.Count)
                {
                    result = x.Copy(x.IsFrozen);
                    foreach (var e in y.Elements) result.Remove(e);
                }
                else foreach (var e in x.Elements) if (!y.Contains(e)) result.Add(e);
                break;
            case BinaryOperator.Xor:
                result = x.Copy(x.IsFrozen);
                foreach (var e in y.Elements)
                {
                    if (!result.Remove(e)) result.Add(e);
                }
                break;
        }
        return result;
    }

    public static string Repr(PySet s)
    {
        string name = s.IsFrozen ? "frozenset" : "set";
        if (s.Count == 0) return name + "()";
        return ObjectMethods.ContainerRepr(s, sb =>
        {
            string body = "{" + PyOps.JoinRepr(s.Elements.ToList()) + "}";
            sb.Append(s.IsFrozen || s.Type.IsHeapType ? $"{s.Type.Name}({body})" : body);
            return null;
        }, $"{s.Type.Name}(...)");
    }

    public static void Install()
    {
        foreach (var t in new[] { TypeObjects.Set, TypeObjects.FrozenSet })
        {
            bool frozen = t == TypeObjects.FrozenSet;
            t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            {
                var cls = (PyType)args[0];
                var s = new PySet(frozen);
                if (frozen && args.Length > 1)
                {
                    var it = PyOps.GetIter(args[1]);
                    while (PyOps.TryNext(it, out var x)) s.Add(x);
                }
                if (ReferenceEquals(cls, t)) return s;
                return new PyInstance(cls) { BuiltinValue = s };
            })));
            if (!frozen)
            {
                t.AddMethod("__init__", (args, kw) =>
                {
                    Args.Check(args, kw, "set", 0, 1, 1);
                    var s = S(args);
                    s.Clear();
                    if (args.Length > 1)
                    {
                        var it = PyOps.GetIter(args[1]);
                        while (PyOps.TryNext(it, out var x)) s.Add(x);
                    }
                    return PyNone.Instance;
                });
                t.Dict.SetStr("__hash__", PyNone.Instance);
            }
            else
            {
                t.AddMethod("__hash__", (args, kw) =>
                {
                    long h = 0;
                    foreach (var e in S(args).Elements) h ^= PyOps.Hash(e) * 0x9E3779B1L;
                    return PyInt.FromLong(h == -1 ? -2 : h);
                });
            }
            t.AddMethod("__repr__", (args, kw) => PyStr.From(Repr(S(args))));
            t.AddMethod("__len__", (args, kw) => PyInt.FromLong(S(args).Count));
            t.AddMethod("__iter__", (args, kw) => PyOps.GetIter(S(args)));
            t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(S(args).Contains(args[1])));
            NumberMethods.InstallComparisons(t, o => PyOps.Unwrap(o) is PySet);
            foreach (var (name, op) in new[] { ("__or__", BinaryOperator.Or), ("__and__", BinaryOperator.And), ("__sub__", BinaryOperator.Subtract), ("__xor__", BinaryOperator.Xor) })
            {
                t.AddMethod(name, (args, kw) => PyOps.Unwrap(args[1]) is PySet ? Operate(args[0], args[1], op) : PyNotImplemented.Instance);
                t.AddMethod("__r" + name[2..], (args, kw) => PyOps.Unwrap(args[1]) is PySet ? Operate(args[1], args[0], op) : PyNotImplemented.Instance);
            }
            t.AddMethod("union", (args, kw) => Fold(args, BinaryOperator.Or));
            t.AddMethod("intersection", (args, kw) => Fold(args, BinaryOperator.And));
            t.AddMethod("difference", (args, kw) => Fold(args, BinaryOperator.Subtract));
            t.AddMethod("symmetric_difference", (args, kw) => Operate(args[0], args[1], BinaryOperator.Xor));
            t.AddMethod("issubset", (args, kw) => PyInt.FromBool(S(args).Elements.All(ToSet(args[1]).Contains)));
            t.AddMethod("issuperset", (args, kw) => PyInt.FromBool(ToSet(args[1]).Elements.All(S(args).Contains)));
            t.AddMethod("isdisjoint", (args, kw) => PyInt.FromBool(!ToSet(args[1]).Elements.Any(S(args).Contains)));
            t.AddMethod("copy", (args, kw) => S(args).Copy(S(args).IsFrozen));
        }
        var set = TypeObjects.Set;
        set.AddMethod("add", (args, kw) =>
        {
            Args.Check(args, kw, "add", 1, 1, 1);
            S(args).Add(args[1]);
            return PyNone.Instance;
        });
        set.AddMethod("remove", (args, kw) =>
        {
            if (!S(args).Remove(args[1])) throw PyExc.KeyError(args[1]);
            return PyNone.Instance;
        });
        set.AddMethod("discard", (args, kw) =>
        {
            S(args).Remove(args[1]);
            return PyNone.Instance;
        });
        set.AddMethod("pop", (args, kw) =>
        {
            if (S(args).TryPop(out var item)) return item;
            throw PyExc.KeyError(PyStr.From("pop from an empty set"));
        });
        set.AddMethod("clear", (args, kw) =>
        {
            S(args).Clear();
            return PyNone.Instance;
        });
        set.AddMethod("update", (args, kw) =>
        {
            var s = S(args);
            for (int i = 1; i < args.Length; i++)
            {
                var it = PyOps.GetIter(args[i]);
                while (PyOps.TryNext(it, out var x)) s.Add(x);
            }
            return PyNone.Instance;
        });
        foreach (var (name, op) in new[] { ("__ior__", BinaryOperator.Or), ("__iand__", BinaryOperator.And), ("__isub__", BinaryOperator.Subtract), ("__ixor__", BinaryOperator.Xor) })
        {
            set.AddMethod(name, (args, kw) =>
            {
                if (PyOps.Unwrap(args[1]) is not PySet) return PyNotImplemented.Instance;
                var s = S(args);
                var result = (PySet)Operate(args[0], args[1], op);
                s.Clear();
                foreach (var e in result.Elements) s.Add(e);
                return args[0];
            });
        }
        set.AddMethod("difference_update", (args, kw) =>
        {
            var s = S(args);
            for (int i = 1; i < args.Length; i++) foreach (var e in ToSet(args[i]).Elements.ToList()) s.Remove(e);
            return PyNone.Instance;
        });
        set.AddMethod("symmetric_difference_update", (args, kw) =>
        {
            Args.Check(args, kw, "symmetric_difference_update", 1, 1, 1);
            var s = S(args);
            var other = ToSet(args[1]);
            foreach (var e in other.Elements.ToList())
            {
                if (s.Contains(e)) s.Remove(e);
                else s.Add(e);
            }
            return PyNone.Instance;
        });
        set.AddMethod("intersection_update", (args, kw) =>
        {
            var s = S(args);
            var other = ToSet(args[1]);
            foreach (var e in s.Elements.ToList()) if (!other.Contains(e)) s.Remove(e);
            return PyNone.Instance;
        });
        MiscMethods.InstallIterator(TypeObjects.SetIterator);
    }

    private static PyObject Fold(ReadOnlySpan<PyObject> args, BinaryOperator op)
    {
        PyObject result = S(args).Copy(S(args).IsFrozen);
        for (int i = 1; i < args.Length; i++) result = Operate(result, ToSet(args[i]), op);
        return result;
    }
}
