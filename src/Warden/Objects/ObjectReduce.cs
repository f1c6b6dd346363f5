using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>
/// <c>object.__reduce_ex__</c>, <c>object.__reduce__</c> and <c>object.__getstate__</c>: the
/// default pickling protocol that <c>copy</c>, <c>copyreg</c> and <c>pickle</c> build on.
/// Protocol 2 and later reduce to <c>copyreg.__newobj__</c> (or <c>__newobj_ex__</c>); older
/// protocols delegate to <c>copyreg._reduce_ex</c>, as CPython does.
/// </summary>
internal static class ObjectReduce
{
    public static void Install(PyType o)
    {
        o.AddMethod("__reduce_ex__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce_ex__", 1, 1, 1);
            var self = args[0];
            long protocol = PyOps.AsIndex(args[1]);
            var reduce = self.Type.Lookup("__reduce__");
            if (reduce is not null && !ReferenceEquals(reduce, TypeObjects.Object.Lookup("__reduce__")))
                return PyOps.Call(PyOps.GetAttr(self, PyStr.From("__reduce__")), [], null);
            return Reduce(self, protocol);
        });
        o.AddMethod("__reduce__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce__", 0, 0, 1);
            return Reduce(args[0], 0);
        });
        o.AddMethod("__getstate__", (args, kw) =>
        {
            Args.Check(args, kw, "__getstate__", 0, 0, 1);
            return GetState(args[0]);
        });
    }

    private static PyObject Copyreg(string name)
        => PyOps.GetAttr(Importer.ImportModule("copyreg", ThreadState.Current), PyStr.From(name));

    private static PyObject Reduce(PyObject self, long protocol)
    {
        if (protocol < 2) return PyOps.Call(Copyreg("_reduce_ex"), [self, PyInt.FromLong(protocol)], null);
        var cls = self.Type;
        PyObject function;
        PyObject[] newArgs;
        if (PyOps.TryGetAttr(self, PyStr.From("__getnewargs_ex__"), out var getNewArgsEx))
        {
            var pair = PyOps.Call(getNewArgsEx, [], null) as PyTuple;
            if (pair is not { Length: 2 } || pair.Items[0] is not PyTuple positional || PyOps.Unwrap(pair.Items[1]) is not PyDict keywords)
                throw PyExc.TypeError("__getnewargs_ex__ should return a tuple of length 2 (a tuple and a dict)");
            if (keywords.Count > 0)
            {
                function = Copyreg("__newobj_ex__");
                newArgs = [cls, positional, pair.Items[1]];
            }
            else
            {
                function = Copyreg("__newobj__");
                newArgs = [cls, .. positional.Items];
            }
        }
        else
        {
            PyTuple positional = PyTuple.Empty;
            if (PyOps.TryGetAttr(self, PyStr.From("__getnewargs__"), out var getNewArgs))
                positional = PyOps.Call(getNewArgs, [], null) as PyTuple
                    ?? throw PyExc.TypeError("__getnewargs__ should return a tuple");
            function = Copyreg("__newobj__");
            newArgs = [cls, .. positional.Items];
        }
        var state = PyOps.Call(PyOps.GetAttr(self, PyStr.From("__getstate__")), [], null);
        PyObject listItems = PyOps.Unwrap(self) is PyList ? PyOps.GetIter(self) : PyNone.Instance;
        PyObject dictItems = PyOps.Unwrap(self) is PyDict
            ? PyOps.GetIter(PyOps.Call(PyOps.GetAttr(self, PyStr.From("items")), [], null))
            : PyNone.Instance;
        return PyTuple.Create(function, new PyTuple(newArgs), state, listItems, dictItems);
    }

    /// <summary>The instance dict (None when empty), paired with a dict of set <c>__slots__</c> values when there are any.</summary>
    private static PyObject GetState(PyObject self)
    {
        PyObject state = self.InstanceDict is { Count: > 0 } dict ? dict : PyNone.Instance;
        if (self is PyInstance { SlotValues: { Length: > 0 } } && self.Type.IsHeapType)
        {
            var slotNames = PyOps.Call(Copyreg("_slotnames"), [self.Type], null);
            var slots = new PyDict();
            foreach (var name in PyOps.ToList(slotNames))
                if (name is PyStr s && PyOps.TryGetAttr(self, s, out var value)) slots.SetStr(s, value);
            if (slots.Count > 0) state = PyTuple.Create(state, slots);
        }
        return state;
    }
}
