using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary>Methods of the singletons, bytes, modules, cells, code and tracebacks; installs the other small types and iterators.</summary>
internal static class MiscMethods
{
    /// <summary>Makes a native iterator type iterable: <c>__iter__</c> returns self, <c>__next__</c> steps.</summary>
    public static void InstallIterator(PyType t)
    {
        t.AddMethod("__iter__", (args, kw) => args[0]);
        t.AddMethod("__next__", (args, kw) =>
        {
            if (PyOps.TryNext(args[0], out var item)) return item;
            throw PyExc.StopIteration(null);
        });
    }

    public static void Install()
    {
        TypeObjects.NoneType.AddMethod("__repr__", (args, kw) => PyStr.From("None"));
        foreach (var (type, value) in new (PyType, PyObject)[] { (TypeObjects.NoneType, PyNone.Instance),
                     (TypeObjects.NotImplementedType, PyNotImplemented.Instance), (TypeObjects.EllipsisType, PyEllipsis.Instance) })
        {
            var singleton = value;
            var name = type.Name;
            type.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            {
                if (args.Length > 1 || (kw?.Length ?? 0) > 0) throw PyExc.TypeError($"{name} takes no arguments");
                return singleton;
            })));
        }
        TypeObjects.NoneType.AddMethod("__bool__", (args, kw) => PyInt.False);
        TypeObjects.NoneType.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(PyNone.Instance)));
        TypeObjects.NotImplementedType.AddMethod("__repr__", (args, kw) => PyStr.From("NotImplemented"));
        TypeObjects.EllipsisType.AddMethod("__repr__", (args, kw) => PyStr.From("Ellipsis"));
        TypeObjects.Bytes.AddMethod("__repr__", (args, kw) => PyStr.From(PyRepr.BytesRepr(((PyBytes)PyOps.Unwrap(args[0])).Value)));
        TypeObjects.Bytes.AddMethod("__len__", (args, kw) => PyInt.FromLong(((PyBytes)PyOps.Unwrap(args[0])).Value.Length));
        TypeObjects.Bytes.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyStr.From(System.Text.Encoding.Latin1.GetString(((PyBytes)PyOps.Unwrap(args[0])).Value)).Hash));
        NumberMethods.InstallComparisons(TypeObjects.Bytes, o => PyOps.Unwrap(o) is PyBytes);
        TypeObjects.Bytes.AddMethod("decode", (args, kw) => PyStr.From(System.Text.Encoding.UTF8.GetString(((PyBytes)PyOps.Unwrap(args[0])).Value)));
        RangeMethods.InstallRange();
        RangeMethods.InstallSlice();
        FunctionMethods.InstallFunctions();
        DescriptorMethods.InstallDescriptors();
        GeneratorMethods.InstallGenerator();
        FrameMethods.Install();
        foreach (var t in new[] { TypeObjects.RangeIterator, TypeObjects.LongRangeIterator, TypeObjects.ListIterator, TypeObjects.ListReverseIterator,
                     TypeObjects.TupleIterator, TypeObjects.StrIterator, TypeObjects.CallableIterator, TypeObjects.SequenceIterator })
            InstallIterator(t);
        TypeObjects.Module.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "module", ["cls", "name", "doc"], 1);
            if (a[1] is null) throw PyExc.TypeError("module() missing required argument 'name' (pos 1)");
            if (a[1] is not PyStr name) throw PyExc.TypeError($"module() argument 'name' must be str, not {a[1]!.Type.Name}");
            var module = new PyModule(name.Value);
            module.Dict.SetStr("__name__", name);
            module.Dict.SetStr("__doc__", a[2] ?? PyNone.Instance);
            module.Dict.SetStr("__package__", PyNone.Instance);
            module.Dict.SetStr("__loader__", PyNone.Instance);
            module.Dict.SetStr("__spec__", PyNone.Instance);
            return module;
        })));
        TypeObjects.Module.AddMethod("__repr__", (args, kw) => PyStr.From(ModuleRepr.Of((PyModule)args[0])));
        TypeObjects.Cell.AddMethod("__repr__", (args, kw) => PyStr.From($"<cell at 0x{PyOps.Id(args[0]):x}>"));
        TypeObjects.Code.AddMethod("__repr__", (args, kw) =>
        {
            var c = (CodeObject)args[0];
            return PyStr.From($"<code object {c.Name} at 0x{PyOps.Id(c):x}, file \"{c.Filename}\", line {c.FirstLineNumber}>");
        });
        TypeObjects.Traceback.AddGetter("tb_lineno", self => PyInt.FromLong(((PyTraceback)self).Line));
        // Writable, as in CPython (unittest cuts its own frames off failure tracebacks this way).
        TypeObjects.Traceback.AddGetter("tb_next", self => (PyObject?)((PyTraceback)self).Next ?? PyNone.Instance, (self, value) =>
        {
            var tb = (PyTraceback)self;
            switch (value)
            {
                case null: throw PyExc.TypeError("can't delete tb_next attribute");
                case PyNone: tb.Next = null; return;
                case PyTraceback next:
                    for (var cursor = next; cursor is not null; cursor = cursor.Next)
                        if (ReferenceEquals(cursor, tb)) throw PyExc.ValueError("traceback loop detected");
                    tb.Next = next;
                    return;
                default: throw PyExc.TypeError($"expected traceback object, got '{value.Type.Name}'");
            }
        });
    }
}
