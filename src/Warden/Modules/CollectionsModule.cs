using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_collections</c> module: <c>deque</c> and <c>defaultdict</c>. OrderedDict, Counter's
/// helper and namedtuple's field getter use the pure-Python fallbacks in <c>collections/__init__.py</c>.
/// </summary>
internal static class CollectionsModule
{
    internal static readonly PyType DefaultDictType = CreateDefaultDict();

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_collections");
        module.Dict.SetStr("deque", PyDeque.DequeType);
        module.Dict.SetStr("defaultdict", DefaultDictType);
        return module;
    }

    /// <summary>
    /// <c>defaultdict</c> is a dict subclass (instances keep their dict part like any dict subclass)
    /// with one slot, <c>default_factory</c>, and <c>__missing__</c> calling it.
    /// </summary>
    private static PyType CreateDefaultDict()
    {
        var t = new PyType("defaultdict", [TypeObjects.Dict], TypeObjects.TypeType, isHeapType: true);
        t.Dict.SetStr("__module__", PyStr.From("collections"));
        t.Dict.SetStr("__doc__", PyStr.From("defaultdict(default_factory=None, /, [...]) --> dict with default factory"));
        var factorySlot = new PyMemberDescriptor("default_factory", t, t.SlotCount++);
        t.Dict.SetStr("default_factory", factorySlot);
        PyObject Factory(PyObject self) => factorySlot.Get(self) is var f && f is not PyNone ? f : PyNone.Instance;

        t.AddMethod("__init__", (args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            PyObject factory = PyNone.Instance;
            int rest = 1;
            if (npos > 1)
            {
                factory = args[1];
                rest = 2;
                if (factory is not PyNone && !Callable(factory)) throw PyExc.TypeError("first argument must be callable or None");
            }
            factorySlot.Set(args[0], factory);
            var dictInit = TypeObjects.Dict.Lookup("__init__")!;
            var forwarded = new PyObject[args.Length - rest + 1];
            forwarded[0] = args[0];
            args[rest..].CopyTo(forwarded.AsSpan(1));
            PyOps.Call(dictInit, forwarded, kw);
            return PyNone.Instance;
        });
        t.AddMethod("__missing__", (args, kw) =>
        {
            Args.Check(args, kw, "__missing__", 1, 1, 1);
            var factory = Factory(args[0]);
            if (factory is PyNone) throw PyExc.KeyError(args[1]);
            var value = PyOps.Call(factory, [], null);
            PyOps.SetItem(args[0], args[1], value);
            return value;
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = args[0];
            var factory = Factory(self);
            string factoryRepr = factory is PyNone ? "None" : ObjectMethods.ContainerRepr(self, sb => PyOps.Repr(factory), "...");
            string dictRepr = PyOps.Repr(PyOps.Unwrap(self));
            return PyStr.From($"{self.Type.Name}({factoryRepr}, {dictRepr})");
        });
        NativeFunction copy = (args, kw) => PyOps.Call(args[0].Type, [Factory(args[0]), args[0]], null);
        t.AddMethod("copy", copy);
        t.AddMethod("__copy__", copy);
        t.AddMethod("__reduce__", (args, kw) =>
        {
            var self = args[0];
            var factory = Factory(self);
            var items = PyOps.GetIter(PyOps.Call(PyOps.GetAttr(self, PyStr.From("items")), [], null));
            return PyTuple.Create(self.Type, factory is PyNone ? PyTuple.Empty : PyTuple.Create(factory), PyNone.Instance, PyNone.Instance, items);
        });
        t.AddMethod("__or__", (args, kw) =>
        {
            if (PyOps.Unwrap(args[1]) is not PyDict) return PyNotImplemented.Instance;
            var result = PyOps.Call(args[0].Type, [Factory(args[0]), args[0]], null);
            PyOps.Call(PyOps.GetAttr(result, PyStr.From("update")), [args[1]], null);
            return result;
        });
        t.AddMethod("__ror__", (args, kw) =>
        {
            if (PyOps.Unwrap(args[1]) is not PyDict) return PyNotImplemented.Instance;
            var result = PyOps.Call(args[0].Type, [Factory(args[0]), args[1]], null);
            PyOps.Call(PyOps.GetAttr(result, PyStr.From("update")), [args[0]], null);
            return result;
        });
        return t;
    }

    private static bool Callable(PyObject o)
        => o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || o.Type.GetSlots().Call is not null;
}
