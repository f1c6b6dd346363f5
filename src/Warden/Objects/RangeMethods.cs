using System.Numerics;
using Warden.Compiler;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods of <c>range</c> and <c>slice</c>.</summary>
internal static class RangeMethods
{
    private static PyRange R(ReadOnlySpan<PyObject> args) => (PyRange)args[0];

    internal static void InstallRange()
    {
        var t = TypeObjects.Range;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if ((kw?.Length ?? 0) > 0) throw PyExc.TypeError("range() takes no keyword arguments");
            if (args.Length == 1) throw PyExc.TypeError("range expected at least 1 argument, got 0");
            if (args.Length > 4) throw PyExc.TypeError($"range expected at most 3 arguments, got {args.Length - 1}");
            if (args.Length == 2) return PyRange.Create(0, PyOps.Index(args[1]).Big, 1);
            var step = args.Length > 3 ? PyOps.Index(args[3]).Big : BigInteger.One;
            if (step.IsZero) throw PyExc.ValueError("range() arg 3 must not be zero");
            return PyRange.Create(PyOps.Index(args[1]).Big, PyOps.Index(args[2]).Big, step);
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var r = R(args);
            return PyStr.From(r.BigStep.IsOne ? $"range({r.BigStart}, {r.BigStop})" : $"range({r.BigStart}, {r.BigStop}, {r.BigStep})");
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(R(args).Length));
        t.AddMethod("__iter__", (args, kw) => PyOps.GetIter(R(args)));
        t.AddMethod("__reversed__", (args, kw) =>
        {
            var r = R(args);
            var n = r.BigLength;
            return PyOps.GetIter(PyRange.Create(r.BigStart + (n - 1) * r.BigStep, r.BigStart - r.BigStep, -r.BigStep));
        });
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(R(args), args[1])));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var r = R(args);
            if (args[1] is PySlice slice)
            {
                // The sub-range runs between the resolved slice bounds, scaled onto this range.
                var (start, stop, step) = ResolveSlice(slice, r.BigLength);
                return PyRange.Create(r.BigStart + start * r.BigStep, r.BigStart + stop * r.BigStep, r.BigStep * step);
            }
            if (!r.IsBig && args[1] is PyInt { IsSmall: true } small)
            {
                long i = small.Small;
                long length = r.Length;
                if (i < 0) i += length;
                if (i < 0 || i >= length) throw PyExc.IndexError("range object index out of range");
                return PyInt.FromLong(r.ItemAt(i));
            }
            var index = IndexArgument(args[1]);
            var n = r.BigLength;
            if (index.Sign < 0) index += n;
            if (index.Sign < 0 || index >= n) throw PyExc.IndexError("range object index out of range");
            return PyInt.FromBig(r.BigStart + index * r.BigStep);
        });
        NumberMethods.InstallComparisons(t, o => o is PyRange);
        foreach (var n in new[] { "__lt__", "__le__", "__gt__", "__ge__" }) t.AddMethod(n, (args, kw) => PyNotImplemented.Instance);
        t.AddMethod("__hash__", (args, kw) =>
        {
            // CPython hashes (len, start, step), with start and step None where they do not matter.
            var r = R(args);
            var n = r.BigLength;
            PyObject start = n.IsZero ? PyNone.Instance : PyInt.FromBig(r.BigStart);
            PyObject step = n <= 1 ? PyNone.Instance : PyInt.FromBig(r.BigStep);
            return PyInt.FromLong(PyOps.Hash(PyTuple.Create(PyInt.FromBig(n), start, step)));
        });
        t.AddMethod("index", (args, kw) =>
        {
            Args.Check(args, kw, "index", 1, 1, 1);
            var r = R(args);
            if (args[1] is PyInt v && r.ContainsInt(v)) return PyInt.FromBig((v.Big - r.BigStart) / r.BigStep);
            if (args[1] is not PyInt)
            {
                // Other objects are compared item by item, as in a sequence.
                long i = 0;
                var it = PyOps.GetIter(r);
                while (PyOps.TryNext(it, out var item))
                {
                    if (PyOps.Eq(item, args[1])) return PyInt.FromLong(i);
                    i++;
                }
            }
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in range");
        });
        t.AddMethod("count", (args, kw) =>
        {
            Args.Check(args, kw, "count", 1, 1, 1);
            var r = R(args);
            if (args[1] is PyInt v) return r.ContainsInt(v) ? PyInt.One : PyInt.Zero;
            long count = 0;
            var it = PyOps.GetIter(r);
            while (PyOps.TryNext(it, out var item)) if (PyOps.Eq(item, args[1])) count++;
            return PyInt.FromLong(count);
        });
        t.AddGetter("start", self => PyInt.FromBig(((PyRange)self).BigStart));
        t.AddGetter("stop", self => PyInt.FromBig(((PyRange)self).BigStop));
        t.AddGetter("step", self => PyInt.FromBig(((PyRange)self).BigStep));
    }

    /// <summary>An index argument (anything with <c>__index__</c>); CPython's message for other types.</summary>
    private static BigInteger IndexArgument(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") is null)
            throw PyExc.TypeError($"range indices must be integers or slices, not {o.Type.Name}");
        return PyOps.Index(o).Big;
    }

    /// <summary>PySlice_GetLongIndices: slice bounds for a sequence of any length, in exact integers.</summary>
    private static (BigInteger Start, BigInteger Stop, BigInteger Step) ResolveSlice(PySlice slice, BigInteger length)
    {
        var step = slice.Step is PyNone ? BigInteger.One : PyOps.Index(slice.Step).Big;
        if (step.IsZero) throw PyExc.ValueError("slice step cannot be zero");
        bool backwards = step.Sign < 0;
        var lower = backwards ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = backwards ? length - 1 : length;
        BigInteger Adjust(PyObject bound, BigInteger whenNone)
        {
            if (bound is PyNone) return whenNone;
            var v = PyOps.Index(bound).Big;
            if (v.Sign < 0)
            {
                v += length;
                return v < lower ? lower : v;
            }
            return v > upper ? upper : v;
        }
        var start = Adjust(slice.Start, backwards ? upper : lower);
        var stop = Adjust(slice.Stop, backwards ? lower : upper);
        return (start, stop, step);
    }

    internal static void InstallSlice()
    {
        var t = TypeObjects.Slice;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "slice", 1, 3, 1);
            return args.Length == 2 ? new PySlice(PyNone.Instance, args[1], PyNone.Instance)
                : new PySlice(args[1], args[2], args.Length > 3 ? args[3] : PyNone.Instance);
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var s = (PySlice)args[0];
            return PyStr.From($"slice({PyOps.Repr(s.Start)}, {PyOps.Repr(s.Stop)}, {PyOps.Repr(s.Step)})");
        });
        t.AddGetter("start", self => ((PySlice)self).Start);
        t.AddGetter("stop", self => ((PySlice)self).Stop);
        t.AddGetter("step", self => ((PySlice)self).Step);
        t.AddMethod("indices", (args, kw) =>
        {
            var r = SliceIndices.Resolve((PySlice)args[0], PyOps.AsIndex(args[1]));
            return PyTuple.Create(PyInt.FromLong(r.Start), PyInt.FromLong(r.Stop), PyInt.FromLong(r.Step));
        });
        t.Dict.SetStr("__hash__", PyNone.Instance);
        // Slices compare as the tuples (start, stop, step).
        foreach (var (name, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                     ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                     ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            var comparison = op;
            t.AddMethod(name, (args, kw) =>
            {
                if (args[1] is not PySlice other) return PyNotImplemented.Instance;
                var self = (PySlice)args[0];
                return PyOps.RichCompare(PyTuple.Create(self.Start, self.Stop, self.Step),
                    PyTuple.Create(other.Start, other.Stop, other.Step), comparison);
            });
        }
    }
}
