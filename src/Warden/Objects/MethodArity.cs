namespace Warden.Objects;

/// <summary>
/// The calling convention of builtin methods whose implementations accept any argument count:
/// CPython declares them METH_NOARGS, METH_O or tuple-parsed, and each convention has its own
/// error message. Wrapping them here gives every such method the check and CPython's wording.
/// </summary>
internal static class MethodArity
{
    public static void Install()
    {
        NoArguments(TypeObjects.Str, "capitalize", "casefold", "lower", "swapcase", "title", "upper");
        NoArguments(TypeObjects.Bytes, "capitalize", "lower", "swapcase", "title", "upper");
        NoArguments(TypeObjects.ByteArray, "capitalize", "lower", "swapcase", "title", "upper");
        NoArguments(TypeObjects.Dict, "clear", "copy", "items", "keys", "popitem", "values");
        NoArguments(TypeObjects.Float, "as_integer_ratio", "conjugate", "is_integer");
        NoArguments(TypeObjects.Int, "as_integer_ratio", "bit_count", "bit_length", "conjugate");
        NoArguments(TypeObjects.List, "clear", "copy", "reverse");
        NoArguments(TypeObjects.Set, "clear", "copy", "pop");
        NoArguments(TypeObjects.FrozenSet, "copy");
        OneArgument(TypeObjects.Set, "discard", "isdisjoint", "issubset", "issuperset", "remove", "symmetric_difference");
        OneArgument(TypeObjects.FrozenSet, "isdisjoint", "issubset", "issuperset", "symmetric_difference");
        OneArgument(TypeObjects.Str, "format_map", "removeprefix", "removesuffix");
        OneArgument(TypeObjects.Tuple, "count");
        foreach (var bytesType in new[] { TypeObjects.Bytes, TypeObjects.ByteArray })
            TupleStyle(bytesType, 1, 3, "count", "endswith", "find", "index", "rfind", "rindex", "startswith");
    }

    private static void NoArguments(PyType type, params string[] names)
    {
        foreach (var name in names) Wrap(type, name, (args, kw) => Args.Check(args, kw, name, 0, 0, 1));
    }

    private static void OneArgument(PyType type, params string[] names)
    {
        foreach (var name in names) Wrap(type, name, (args, kw) => Args.Check(args, kw, name, 1, 1, 1));
    }

    private static void TupleStyle(PyType type, int min, int max, params string[] names)
    {
        foreach (var name in names) Wrap(type, name, (args, kw) => Args.CheckTupleStyle(args, kw, name, min, max, 1));
    }

    private delegate void ArityCheck(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

    private static void Wrap(PyType type, string name, ArityCheck check)
    {
        if (!type.Dict.TryGetStr(name, out var existing) || existing is not PyMethodDescriptor method) return;
        var inner = method.Function;
        type.Dict.SetStr(name, new PyMethodDescriptor(name, type, (args, kw) =>
        {
            check(args, kw);
            return inner(args, kw);
        }));
    }
}
