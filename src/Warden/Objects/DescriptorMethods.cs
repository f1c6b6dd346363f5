using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Objects;

/// <summary><c>staticmethod</c>, <c>classmethod</c>, <c>property</c>, member descriptors and <c>super</c>.</summary>
internal static class DescriptorMethods
{
    internal static void InstallDescriptors()
    {
        var sm = TypeObjects.StaticMethod;
        sm.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "staticmethod", 1, 1, 1);
            return new PyStaticMethod(args[1]);
        })));
        sm.AddMethod("__get__", (args, kw) => ((PyStaticMethod)args[0]).Callable);
        sm.AddGetter("__func__", self => ((PyStaticMethod)self).Callable);
        sm.AddMethod("__call__", (args, kw) => PyOps.Call(((PyStaticMethod)args[0]).Callable, args[1..], kw));
        var cm = TypeObjects.ClassMethod;
        cm.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "classmethod", 1, 1, 1);
            return new PyClassMethod(args[1]);
        })));
        cm.AddMethod("__get__", (args, kw) => new PyBoundMethod(((PyClassMethod)args[0]).Callable,
            args.Length > 2 && args[2] is not PyNone ? args[2] : args[1].Type));
        cm.AddGetter("__func__", self => ((PyClassMethod)self).Callable);

        var p = TypeObjects.Property;
        p.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "property", ["fget", "fset", "fdel", "doc"], 0);
            PyObject? Opt(PyObject? o) => o is null or PyNone ? null : o;
            var doc = Opt(a[3]);
            if (doc is null && Opt(a[0]) is { } getter && getter is PyFunction gf && gf.Doc is not PyNone) doc = gf.Doc;
            return new PyProperty(Opt(a[0]), Opt(a[1]), Opt(a[2]), doc);
        })));
        p.AddMethod("__get__", (args, kw) => args.Length < 2 || args[1] is PyNone ? args[0] : PyOps.BindDescriptor(args[0], args[1], args[1].Type));
        p.AddMethod("__set__", (args, kw) =>
        {
            PyOps.GenericSetAttrViaProperty((PyProperty)args[0], args[1], args[2]);
            return PyNone.Instance;
        });
        p.AddMethod("__delete__", (args, kw) =>
        {
            PyOps.GenericSetAttrViaProperty((PyProperty)args[0], args[1], null);
            return PyNone.Instance;
        });
        p.AddMethod("getter", (args, kw) => Copy((PyProperty)args[0], getter: args[1]));
        p.AddMethod("setter", (args, kw) => Copy((PyProperty)args[0], setter: args[1]));
        p.AddMethod("deleter", (args, kw) => Copy((PyProperty)args[0], deleter: args[1]));
        p.AddGetter("__isabstractmethod__", self =>
        {
            var prop = (PyProperty)self;
            return PyInt.FromBool(IsAbstract(prop.Getter) || IsAbstract(prop.Setter) || IsAbstract(prop.Deleter));
        });
        sm.AddGetter("__isabstractmethod__", self => PyInt.FromBool(IsAbstract(((PyStaticMethod)self).Callable)));
        cm.AddGetter("__isabstractmethod__", self => PyInt.FromBool(IsAbstract(((PyClassMethod)self).Callable)));
        p.AddGetter("fget", self => ((PyProperty)self).Getter ?? PyNone.Instance);
        p.AddGetter("fset", self => ((PyProperty)self).Setter ?? PyNone.Instance);
        p.AddGetter("fdel", self => ((PyProperty)self).Deleter ?? PyNone.Instance);
        // Writable, as in CPython (namedtuple and dis document their fields by assigning it).
        p.AddGetter("__doc__", self => ((PyProperty)self).Doc ?? PyNone.Instance, (self, value) => ((PyProperty)self).Doc = value);
        p.AddMethod("__set_name__", (args, kw) =>
        {
            ((PyProperty)args[0]).Name = (args[2] as PyStr)?.Value;
            return PyNone.Instance;
        });

        var sup = TypeObjects.Super;
        sup.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) => NewSuper(args[1..]))));
        sup.AddGetter("__thisclass__", self => ((PySuper)self).ThisType);
        sup.AddGetter("__self__", self => ((PySuper)self).Object ?? PyNone.Instance);
        sup.AddGetter("__self_class__", self => (PyObject?)((PySuper)self).ObjectType ?? PyNone.Instance);
        sup.AddMethod("__repr__", (args, kw) =>
        {
            var s = (PySuper)args[0];
            return PyStr.From(s.ObjectType is null ? $"<super: <class '{s.ThisType.Name}'>, NULL>"
                : $"<super: <class '{s.ThisType.Name}'>, <{s.ObjectType.Name} object>>");
        });
    }

    private static PyProperty Copy(PyProperty p, PyObject? getter = null, PyObject? setter = null, PyObject? deleter = null)
        => new(getter ?? p.Getter, setter ?? p.Setter, deleter ?? p.Deleter, p.Doc) { Name = p.Name };

    /// <summary><c>super()</c> (from the calling frame's <c>__class__</c> cell and first argument) and <c>super(type, obj)</c>.</summary>
    private static PyObject NewSuper(ReadOnlySpan<PyObject> args)
    {
        PyType type;
        PyObject? obj;
        if (args.Length == 0)
        {
            var frame = ThreadState.Current.CurrentFrame ?? throw PyExc.RuntimeError("super(): no current frame");
            var code = frame.Code;
            if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw PyExc.RuntimeError("super(): no arguments");
            obj = frame.Slots[0].Value;
            int cellOfFirst = Array.IndexOf(code.CellParameterIndex, 0);
            if (cellOfFirst >= 0) obj = ((PyCell)frame.Slots[code.CellStart + cellOfFirst].Value).Value;
            if (obj is null) throw PyExc.RuntimeError("super(): arg[0] deleted");
            int classIndex = Array.IndexOf(code.FreeVars, "__class__");
            if (classIndex < 0) throw PyExc.RuntimeError("super(): __class__ cell not found");
            var cellValue = ((PyCell)frame.Slots[code.FreeStart + classIndex].Value).Value;
            type = cellValue as PyType ?? throw PyExc.RuntimeError("super(): empty __class__ cell");
        }
        else
        {
            type = args[0] as PyType ?? throw PyExc.TypeError($"super() argument 1 must be type, not {args[0].Type.Name}");
            obj = args.Length > 1 ? args[1] : null;
        }
        if (obj is null) return new PySuper(type, null, null);
        PyType objType;
        if (obj is PyType ot && ot.IsSubtypeOf(type)) objType = ot;
        else if (obj.Type.IsSubtypeOf(type)) objType = obj.Type;
        else throw PyExc.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(type, obj, objType);
    }

    /// <summary>True when <paramref name="function"/> was marked by <c>abc.abstractmethod</c>.</summary>
    private static bool IsAbstract(PyObject? function)
        => function is not null && PyOps.TryGetAttr(function, PyStr.From("__isabstractmethod__"), out var flag) && PyOps.IsTrue(flag);
}
