using System.Numerics;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods of <c>range</c> and <c>slice</c>.</summary>
internal static class RangeMethods
{
    /// <summary>The machine-size range; a huge range reaching an operation that needs one overflows, as in CPython.</summary>
    private static PyRange R(ReadOnlySpan<PyObject> args)
        => args[0] as PyRange ?? throw PyExc.OverflowError("Python int too large to convert to C ssize_t");

    internal static void InstallRange()
    {
        var t = TypeObjects.Range;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "range", 1, 3, 1);
            if (TryCreateLongRange(args[1..]) is { } huge) return huge;
            if (args.Length == 2) return new PyRange(0, RangeArg(args[1]), 1);
            long step = args.Length > 3 ? RangeArg(args[3]) : 1;
            if (step == 0) throw PyExc.ValueError("range() arg 3 must not be zero");
            return new PyRange(RangeArg(args[1]), RangeArg(args[2]), step);
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            if (args[0] is PyLongRange huge) return PyStr.From(huge.Repr());
            var r = R(args);
            return PyStr.From(r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(R(args).Length));
        t.AddMethod("__iter__", (args, kw) => args[0] is PyLongRange huge
            ? new PyLongRangeIterator(huge.Start, huge.Step, huge.Length)
            : new PyRangeIterator(R(args)));
        t.AddMethod("__reversed__", (args, kw) =>
        {
            if (args[0] is PyLongRange huge)
                return new PyLongRangeIterator(huge.Start + (huge.Length - 1) * huge.Step, -huge.Step, huge.Length);
            var r = R(args);
            long n = r.Length;
            return new PyRangeIterator(new PyRange(r.Start + (n - 1) * r.Step, r.Start - r.Step, -r.Step));
        });
        t.AddMethod("__contains__", (args, kw) => args[0] is PyLongRange huge
            ? PyInt.FromBool(args[1] is PyInt value && huge.Contains(value.Big))
            : PyInt.FromBool(PyOps.Contains(R(args), args[1])));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            if (args[0] is PyLongRange huge && args[1] is not PySlice)
            {
                var index = PyOps.Index(args[1]).Big;
                if (index < 0) index += huge.Length;
                if (index < 0 || index >= huge.Length) throw PyExc.IndexError("range object index out of range");
                return PyInt.FromBig(huge.Start + index * huge.Step);
            }
            var r = R(args);
            if (args[1] is PySlice slice)
            {
                var s = SliceIndices.Resolve(slice, r.Length);
                return new PyRange(r.ItemAt(s.Start), r.ItemAt(s.Start + s.Count * s.Step), r.Step * s.Step);
            }
            long i = PyOps.AsIndex(args[1]);
            if (i < 0) i += r.Length;
            if (i < 0 || i >= r.Length) throw PyExc.IndexError("range object index out of range");
            return PyInt.FromLong(r.ItemAt(i));
        });
        NumberMethods.InstallComparisons(t, o => o is PyRange);
        foreach (var n in new[] { "__lt__", "__le__", "__gt__", "__ge__" }) t.AddMethod(n, (args, kw) => PyNotImplemented.Instance);
        t.AddMethod("__hash__", (args, kw) =>
        {
            var r = R(args);
            return PyInt.FromLong(PyOps.Hash(PyTuple.Create(PyInt.FromLong(r.Length), PyInt.FromLong(r.Start), PyInt.FromLong(r.Step))));
        });
        t.AddMethod("index", (args, kw) =>
        {
            var r = R(args);
            if (args[1] is PyInt v && PyOps.Contains(r, v)) return PyInt.FromLong((v.Small - r.Start) / r.Step);
            throw PyExc.ValueError($"{PyOps.Repr(args[1])} is not in range");
        });
        t.AddMethod("count", (args, kw) => PyInt.FromBool(args[1] is PyInt && PyOps.Contains(R(args), args[1])) is var b && !b.IsZero ? PyInt.One : PyInt.Zero);
        t.AddGetter("start", self => self is PyLongRange huge ? PyInt.FromBig(huge.Start) : PyInt.FromLong(((PyRange)self).Start));
        t.AddGetter("stop", self => self is PyLongRange huge ? PyInt.FromBig(huge.Stop) : PyInt.FromLong(((PyRange)self).Stop));
        t.AddGetter("step", self => self is PyLongRange huge ? PyInt.FromBig(huge.Step) : PyInt.FromLong(((PyRange)self).Step));
    }

    /// <summary>A <see cref="PyLongRange"/> when some bound does not fit in 64 bits; null for ordinary ranges.</summary>
    private static PyLongRange? TryCreateLongRange(ReadOnlySpan<PyObject> bounds)
    {
        var values = new PyInt[bounds.Length];
        bool huge = false;
        for (int i = 0; i < bounds.Length; i++)
        {
            values[i] = PyOps.Index(bounds[i]);
            if (!values[i].IsSmall) huge = true;
        }
        if (!huge) return null;
        if (values.Length == 1) return new PyLongRange(0, values[0].Big, 1);
        var step = values.Length > 2 ? values[2].Big : 1;
        if (step.IsZero) throw PyExc.ValueError("range() arg 3 must not be zero");
        return new PyLongRange(values[0].Big, values[1].Big, step);
    }

    private static long RangeArg(PyObject o)
        => PyOps.Index(o) is var v && v.IsSmall ? v.Small : throw PyExc.OverflowError("Python int too large to convert to C ssize_t");

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
    }
}
