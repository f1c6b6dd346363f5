using Warden.Builtins;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// <c>types.UnionType</c> (<c>int | str</c>): made by <c>type.__or__</c>. Arguments are flattened
/// (a union inside a union contributes its members), deduplicated in order, and <c>None</c>
/// becomes <c>NoneType</c>; a union of one member is that member. Instances are
/// <see cref="PyInstance"/>s of the union type whose builtin value is the argument tuple.
/// </summary>
internal static class UnionTypeMethods
{
    public static readonly PyType UnionType = CreateType();

    private static PyType CreateType()
    {
        var t = new PyType("UnionType", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("types"));
        return t;
    }

    private static bool TryGetArgs(PyObject o, out PyTuple args)
    {
        if (o is PyInstance inst && ReferenceEquals(inst.Type, UnionType) && inst.BuiltinValue is PyTuple items)
        {
            args = items;
            return true;
        }
        args = null!;
        return false;
    }

    private static PyTuple Args(PyObject self)
        => TryGetArgs(self, out var a) ? a : throw PyExc.TypeError("descriptor requires a 'types.UnionType' object");

    /// <summary>What may stand on either side of <c>|</c> to make a union (CPython 3.11's rule).</summary>
    private static bool IsUnionable(PyObject o)
        => o is PyNone || o is PyType || TryGetArgs(o, out _) || GenericAliasMethods.TryGetParts(o, out _, out _);

    /// <summary><c>left | right</c> for unionable operands, or NotImplemented.</summary>
    public static PyObject Or(PyObject left, PyObject right)
    {
        if (!IsUnionable(left) || !IsUnionable(right)) return PyNotImplemented.Instance;
        var members = new List<PyObject>();
        void Add(PyObject o)
        {
            if (TryGetArgs(o, out var nested))
            {
                foreach (var item in nested.Items) Add(item);
                return;
            }
            if (o is PyNone) o = TypeObjects.NoneType;
            foreach (var existing in members)
                if (ReferenceEquals(existing, o) || (existing is not PyType && o is not PyType && PyOps.Eq(existing, o))) return;
            members.Add(o);
        }
        Add(left);
        Add(right);
        if (members.Count == 1) return members[0];
        return new PyInstance(UnionType) { BuiltinValue = PyTuple.Create(members.ToArray()) };
    }

    private static string MemberRepr(PyObject arg)
    {
        if (ReferenceEquals(arg, TypeObjects.NoneType)) return "None";
        if (arg is PyType t)
        {
            string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            return module == "builtins" ? t.QualName : module + "." + t.QualName;
        }
        return PyOps.Repr(arg);
    }

    public static void Install()
    {
        var t = UnionType;
        t.AddMethod("__repr__", (args, kw) => PyStr.From(string.Join(" | ", Args(args[0]).Items.Select(MemberRepr))));
        t.AddMethod("__or__", (args, kw) => Or(args[0], args[1]));
        t.AddMethod("__ror__", (args, kw) => Or(args[1], args[0]));
        t.AddMethod("__eq__", (args, kw) =>
        {
            if (!TryGetArgs(args[1], out var other)) return PyNotImplemented.Instance;
            var mine = Args(args[0]);
            return PyInt.FromBool(PyOps.Eq(FrozenSetOf(mine), FrozenSetOf(other)));
        });
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(FrozenSetOf(Args(args[0])))));
        t.AddMethod("__instancecheck__", (args, kw) =>
        {
            foreach (var member in Args(args[0]).Items)
            {
                RefuseGeneric(member, "isinstance");
                if (BuiltinFunctions.IsInstance(args[1], member)) return PyInt.True;
            }
            return PyInt.False;
        });
        t.AddMethod("__subclasscheck__", (args, kw) =>
        {
            if (args[1] is not PyType cls) throw PyExc.TypeError("issubclass() arg 1 must be a class");
            foreach (var member in Args(args[0]).Items)
            {
                RefuseGeneric(member, "issubclass");
                if (BuiltinFunctions.IsSubclass(cls, member)) return PyInt.True;
            }
            return PyInt.False;
        });
        t.AddGetter("__args__", self => Args(self));
        t.AddGetter("__parameters__", self => PyTuple.Empty);

        TypeObjects.TypeType.AddMethod("__or__", (args, kw) => Or(args[0], args[1]));
        TypeObjects.TypeType.AddMethod("__ror__", (args, kw) => Or(args[1], args[0]));
        GenericAliasMethods.GenericAlias.AddMethod("__or__", (args, kw) => Or(args[0], args[1]));
        GenericAliasMethods.GenericAlias.AddMethod("__ror__", (args, kw) => Or(args[1], args[0]));
    }

    private static PySet FrozenSetOf(PyTuple items)
    {
        var set = new PySet(frozen: true);
        foreach (var item in items.Items) set.Add(item);
        return set;
    }

    private static void RefuseGeneric(PyObject member, string function)
    {
        if (GenericAliasMethods.TryGetParts(member, out _, out _))
            throw PyExc.TypeError($"{function}() argument 2 cannot be a parameterized generic");
    }
}
