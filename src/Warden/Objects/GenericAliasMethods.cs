using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// <c>types.GenericAlias</c> (<c>list[int]</c>): the result of <c>__class_getitem__</c> on builtin containers.
/// Instances are <see cref="PyInstance"/>s of the alias type whose builtin value is the tuple (origin, args).
/// </summary>
internal static class GenericAliasMethods
{
    public static readonly PyType GenericAlias = CreateType();

    private static PyType CreateType()
    {
        // Subclassable: typing and collections.abc derive their callable alias from it.
        var t = new PyType("GenericAlias", [TypeObjects.Object], TypeObjects.TypeType);
        t.InstanceFactory = type => new PyInstance(type);
        t.Dict.SetStr("__module__", PyStr.From("types"));
        return t;
    }

    /// <summary>Creates <c>origin[args]</c>; a tuple key gives several arguments.</summary>
    public static PyObject Create(PyObject origin, PyObject key)
    {
        var args = key is PyTuple t && !key.Type.IsHeapType ? t : PyTuple.Create(key);
        return new PyInstance(GenericAlias) { BuiltinValue = PyTuple.Create(origin, args) };
    }

    /// <summary>The alias's origin and arguments, or false for other objects.</summary>
    public static bool TryGetParts(PyObject o, out PyObject origin, out PyTuple args)
    {
        if (o is PyInstance inst && inst.BuiltinValue is PyTuple parts && inst.Type.IsSubtypeOf(GenericAlias))
        {
            origin = parts.Items[0];
            args = (PyTuple)parts.Items[1];
            return true;
        }
        origin = null!;
        args = null!;
        return false;
    }

    private static (PyObject Origin, PyTuple Args) Parts(PyObject self)
        => TryGetParts(self, out var o, out var a) ? (o, a) : throw PyExc.TypeError("descriptor requires a 'types.GenericAlias' object");

    /// <summary>How an argument appears in the alias's repr: types by qualified name, Ellipsis as <c>...</c>.</summary>
    private static string ArgRepr(PyObject arg)
    {
        if (arg is PyEllipsis) return "...";
        if (TryGetParts(arg, out _, out _)) return PyOps.Repr(arg);
        if (arg is PyType t)
        {
            string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            return module == "builtins" ? t.QualName : module + "." + t.QualName;
        }
        return PyOps.Repr(arg);
    }

    public static void Install()
    {
        var t = GenericAlias;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            Args.Check(args, kw, "GenericAlias", 3, 3);
            if (args[0] is not PyType cls || !cls.IsSubtypeOf(GenericAlias))
                throw PyExc.TypeError("GenericAlias.__new__(X): X is not a subtype of GenericAlias");
            var items = args[2] is PyTuple tuple && !args[2].Type.IsHeapType ? tuple : PyTuple.Create(args[2]);
            return new PyInstance(cls) { BuiltinValue = PyTuple.Create(args[1], items) };
        })));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var (origin, items) = Parts(args[0]);
            string inner = items.Length == 0 ? "()" : string.Join(", ", items.Items.Select(ArgRepr));
            return PyStr.From($"{ArgRepr(origin)}[{inner}]");
        });
        t.AddMethod("__call__", (args, kw) => PyOps.Call(Parts(args[0]).Origin, args[1..], kw));
        t.AddMethod("__eq__", (args, kw) =>
        {
            if (!TryGetParts(args[1], out var o2, out var a2)) return PyNotImplemented.Instance;
            var (o1, a1) = Parts(args[0]);
            return PyInt.FromBool(PyOps.Eq(o1, o2) && PyOps.Eq(a1, a2));
        });
        t.AddMethod("__hash__", (args, kw) =>
        {
            var (o, a) = Parts(args[0]);
            return PyInt.FromLong(PyOps.Hash(o) ^ PyOps.Hash(a));
        });
        t.AddMethod("__mro_entries__", (args, kw) => PyTuple.Create(Parts(args[0]).Origin));
        t.AddMethod("__instancecheck__", (args, kw) => throw PyExc.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        t.AddMethod("__subclasscheck__", (args, kw) => throw PyExc.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        t.AddGetter("__origin__", self => Parts(self).Origin);
        t.AddGetter("__args__", self => Parts(self).Args);
        t.AddGetter("__parameters__", self => PyTuple.Empty);
        // typing._eval_type reads it on every alias it resolves (get_type_hints of list[X]);
        // Warden has no starred aliases (*tuple[int]), so it is always false.
        t.AddGetter("__unpacked__", self => PyInt.FromBool(false));

        foreach (var type in new[] { TypeObjects.List, TypeObjects.Dict, TypeObjects.Tuple, TypeObjects.Set, TypeObjects.FrozenSet,
                     TypeObjects.TypeType, TypeObjects.Enumerate, TypeObjects.DictKeys, TypeObjects.DictValues, TypeObjects.DictItems })
        {
            type.AddClassMethod("__class_getitem__", (args, kw) =>
            {
                Args.Check(args, kw, "__class_getitem__", 1, 1, 1);
                return Create(args[0], args[1]);
            });
        }
    }
}
