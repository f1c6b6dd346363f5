using Warden.Builtins;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>An <c>int | str</c> union (<c>types.UnionType</c>): a flat, duplicate-free tuple of member types.</summary>
public sealed class PyUnion : PyObject
{
    /// <summary>The members in order of first appearance (None appears as NoneType).</summary>
    internal readonly PyTuple Args;

    internal PyUnion(PyTuple args) => Args = args;

    public override PyType Type => UnionTypeMethods.UnionType;
}

/// <summary>
/// <c>X | Y</c> on types: builds <see cref="PyUnion"/>s, and their repr, equality (order-insensitive),
/// hash and use as the second argument of isinstance/issubclass.
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

    /// <summary>What may stand on either side of <c>|</c> in a union: None, classes, generic aliases and unions.</summary>
    private static bool IsUnionable(PyObject o) => o is PyNone or PyType or PyUnion || GenericAliasMethods.TryGetParts(o, out _, out _);

    /// <summary><c>left | right</c> for union members; NotImplemented when either side cannot be a member.</summary>
    public static PyObject Or(PyObject left, PyObject right)
    {
        if (!IsUnionable(left) || !IsUnionable(right)) return PyNotImplemented.Instance;
        var members = new List<PyObject>();
        foreach (var side in new[] { left, right })
        {
            var items = side is PyUnion u ? u.Args.Items : [side];
            foreach (var item in items)
            {
                var member = item is PyNone ? TypeObjects.NoneType : item;
                bool duplicate = false;
                foreach (var seen in members)
                    if (ReferenceEquals(seen, member) || (seen is not PyType && member is not PyType && PyOps.Eq(seen, member))) { duplicate = true; break; }
                if (!duplicate) members.Add(member);
            }
        }
        return members.Count == 1 ? members[0] : new PyUnion(new PyTuple(members.ToArray()));
    }

    /// <summary>How a member appears in the repr: classes by qualified name, NoneType as None.</summary>
    private static string MemberRepr(PyObject member)
    {
        if (ReferenceEquals(member, TypeObjects.NoneType)) return "None";
        if (member is PyType t)
        {
            string module = t.Dict.TryGetStr("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";
            return module == "builtins" ? t.QualName : module + "." + t.QualName;
        }
        return PyOps.Repr(member);
    }

    private static PyUnion Self(ReadOnlySpan<PyObject> args)
        => args[0] as PyUnion ?? throw PyExc.TypeError($"descriptor requires a 'types.UnionType' object but received a '{args[0].Type.Name}'");

    public static void Install()
    {
        var t = UnionType;
        t.AddMethod("__or__", (args, kw) => Or(Self(args), args[1]));
        t.AddMethod("__ror__", (args, kw) => Or(args[1], Self(args)));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(string.Join(" | ", Self(args).Args.Items.Select(MemberRepr))));
        t.AddMethod("__eq__", (args, kw) =>
        {
            if (args[1] is not PyUnion other) return PyNotImplemented.Instance;
            var mine = Self(args).Args.Items;
            var theirs = other.Args.Items;
            bool Covers(PyObject[] a, PyObject[] b) => a.All(x => b.Any(y => ReferenceEquals(x, y) || PyOps.Eq(x, y)));
            return PyInt.FromBool(Covers(mine, theirs) && Covers(theirs, mine));
        });
        t.AddMethod("__hash__", (args, kw) =>
        {
            // Order-insensitive, like hash(frozenset(__args__)).
            long h = 0;
            foreach (var member in Self(args).Args.Items) h ^= PyOps.Hash(member) * 1000003L;
            return PyInt.FromLong(h == -1 ? -2 : h);
        });
        t.AddMethod("__instancecheck__", (args, kw) =>
        {
            foreach (var member in Self(args).Args.Items)
                if (BuiltinFunctions.IsInstance(args[1], member)) return PyInt.True;
            return PyInt.False;
        });
        t.AddMethod("__subclasscheck__", (args, kw) =>
        {
            if (args[1] is not PyType sub) throw PyExc.TypeError("issubclass() arg 1 must be a class");
            foreach (var member in Self(args).Args.Items)
                if (BuiltinFunctions.IsSubclass(sub, member)) return PyInt.True;
            return PyInt.False;
        });
        t.AddGetter("__args__", self => ((PyUnion)self).Args);
        t.AddGetter("__parameters__", self => PyTuple.Empty);

        TypeObjects.TypeType.AddMethod("__or__", (args, kw) => Or(args[0], args[1]));
        TypeObjects.TypeType.AddMethod("__ror__", (args, kw) => Or(args[1], args[0]));
        GenericAliasMethods.GenericAlias.AddMethod("__or__", (args, kw) => Or(args[0], args[1]));
        GenericAliasMethods.GenericAlias.AddMethod("__ror__", (args, kw) => Or(args[1], args[0]));
    }
}
