using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The copy/pickle protocol of <c>object</c>: <c>__getstate__</c>, <c>__reduce_ex__</c>,
/// <c>__reduce__</c> and <c>__sizeof__</c>. Reconstruction goes through the stdlib's
/// <c>copyreg</c> helpers, as in CPython, so <c>copy</c> and <c>pickle</c> see the same tuples.
/// </summary>
internal static class ObjectReduce
{
    public static void Install(PyType o)
    {
        o.AddMethod("__getstate__", (args, kw) =>
        {
            Args.Check(args, kw, "__getstate__", 0, 0, 1);
            return GetState(args[0]);
        });
        o.AddMethod("__reduce_ex__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce_ex__", 1, 1, 1);
            var self = args[0];
            long protocol = PyOps.AsIndex(args[1]);
            // A class that overrides __reduce__ decides for every protocol.
            var reduce = self.Type.Lookup("__reduce__");
            if (reduce is not null && !ReferenceEquals(reduce, o.Dict.TryGetStr("__reduce__", out var own) ? own : null))
                return PyOps.Call(PyOps.GetAttr(self, PyStr.From("__reduce__")), [], null);
            return Reduce(self, protocol);
        });
        o.AddMethod("__reduce__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce__", 0, 0, 1);
            return Reduce(args[0], 0);
        });
        o.AddMethod("__sizeof__", (args, kw) =>
        {
            Args.Check(args, kw, "__sizeof__", 0, 0, 1);
            // CPython's basic size: the header, one pointer per slot and the weak-reference list.
            var t = args[0].Type;
            long size = 16 + 8L * t.SlotCount + (t.IsHeapType && t.Lookup("__weakref__") is not null ? 8 : 0);
            return PyInt.FromLong(size);
        });
    }

    /// <summary>Default <c>__getstate__</c>: the instance dict (None when empty), paired with set slot values when there are any.</summary>
    private static PyObject GetState(PyObject self)
    {
        PyObject state = self.InstanceDict is { Count: > 0 } dict ? dict : PyNone.Instance;
        if (self is PyInstance { SlotValues: { } values })
        {
            var slots = new PyDict();
            foreach (var t in self.Type.Mro)
                foreach (var (key, value) in t.Dict.Items)
                    if (value is PyMemberDescriptor member && values[member.Index] is { } slotValue && key is PyStr name)
                        slots.SetStr(name.Value, slotValue);
            if (slots.Count > 0) return PyTuple.Create(state, slots);
        }
        return state;
    }

    private static PyObject Reduce(PyObject self, long protocol)
    {
        var copyreg = Importer.Import("copyreg", PyNone.Instance, 0, null, Runtime.ThreadState.Current);
        if (protocol < 2)
            return PyOps.Call(PyOps.GetAttr(copyreg, PyStr.From("_reduce_ex")), [self, PyInt.FromLong(protocol)], null);
        var cls = self.Type;
        PyObject args = PyTuple.Empty;
        PyObject? kwargs = null;
        if (PyOps.TryGetAttr(self, PyStr.From("__getnewargs_ex__"), out var getNewArgsEx))
        {
            var r = PyOps.Call(getNewArgsEx, [], null);
            if (r is not PyTuple { Length: 2 } pair)
                throw PyExc.TypeError($"__getnewargs_ex__ should return a tuple of length 2, not '{r.Type.Name}'");
            args = pair.Items[0] as PyTuple ?? throw PyExc.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{pair.Items[0].Type.Name}'");
            kwargs = pair.Items[1] as PyDict ?? throw PyExc.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{pair.Items[1].Type.Name}'");
            if (((PyDict)kwargs).Count == 0) kwargs = null;
        }
        else if (PyOps.TryGetAttr(self, PyStr.From("__getnewargs__"), out var getNewArgs))
        {
            var r = PyOps.Call(getNewArgs, [], null);
            args = r as PyTuple ?? throw PyExc.TypeError($"__getnewargs__ should return a tuple, not '{r.Type.Name}'");
        }
        PyObject constructor;
        PyTuple constructorArgs;
        if (kwargs is null)
        {
            constructor = PyOps.GetAttr(copyreg, PyStr.From("__newobj__"));
            var items = new PyObject[((PyTuple)args).Length + 1];
            items[0] = cls;
            ((PyTuple)args).Items.CopyTo(items, 1);
            constructorArgs = new PyTuple(items);
        }
        else
        {
            constructor = PyOps.GetAttr(copyreg, PyStr.From("__newobj_ex__"));
            constructorArgs = PyTuple.Create(cls, args, kwargs);
        }
        var state = PyOps.Call(PyOps.GetAttr(self, PyStr.From("__getstate__")), [], null);
        PyObject listItems = PyOps.Unwrap(self) is PyList ? PyOps.GetIter(self) : PyNone.Instance;
        PyObject dictItems = PyOps.Unwrap(self) is PyDict
            ? PyOps.GetIter(PyOps.Call(PyOps.GetAttr(self, PyStr.From("items")), [], null)) : PyNone.Instance;
        return new PyTuple([constructor, constructorArgs, state, listItems, dictItems]);
    }
}
