using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>Shared plumbing for defining the datetime module's types.</summary>
internal static class DatetimeTypes
{
    /// <summary>A subclassable builtin type named like CPython's (<c>datetime.name</c>).</summary>
    public static PyType NewType(string name, PyType baseType, string doc)
    {
        var t = new PyType(name, [baseType], TypeObjects.TypeType);
        t.Dict.SetStr("__module__", PyStr.From("datetime"));
        t.Dict.SetStr("__doc__", PyStr.From(doc));
        return t;
    }

    /// <summary>A read-only attribute of instances of <typeparamref name="T"/> (checked, since <c>__get__</c> can be called with anything).</summary>
    public static void AddGetter<T>(PyType t, string name, Func<T, PyObject> getter) where T : PyObject
        => t.AddGetter(name, self => self is T value ? getter(value)
            : throw PyExc.TypeError($"descriptor '{name}' for '{t.NativeName}' objects doesn't apply to a '{self.Type.NativeName}' object"));

    /// <summary>Installs <c>__new__</c>; <paramref name="create"/> receives the class being instantiated and the remaining arguments.</summary>
    public static void SetNew(PyType t, Func<PyType, ReadOnlySpan<PyObject>, PyTuple?, PyObject> create)
    {
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) < 1) throw PyExc.TypeError($"{t.NativeName}.__new__(): not enough arguments");
            if (args[0] is not PyType cls) throw PyExc.TypeError($"{t.NativeName}.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!cls.IsSubtypeOf(t)) throw PyExc.TypeError($"{t.NativeName}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.NativeName}");
            return create(cls, args[1..], kw);
        })));
    }

    /// <summary>
    /// Rich comparisons from a three-way <paramref name="compare"/> that returns null for
    /// NotImplemented (it may also raise, or answer equality itself through <paramref name="equalityOnly"/>).
    /// </summary>
    public static void AddComparisons(PyType t, Func<PyObject, PyObject, int?> compare, Func<PyObject, PyObject, bool?>? equalityOnly = null)
    {
        foreach (var (name, op) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
                     ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
                     ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            var comparison = op;
            string methodName = name;
            t.AddMethod(methodName, (args, kw) =>
            {
                Args.Check(args, kw, methodName, 1, 1, 1);
                return Compare(args[0], args[1], comparison, compare, equalityOnly);
            });
        }
    }

    private static PyObject Compare(PyObject a, PyObject b, ComparisonOperator op, Func<PyObject, PyObject, int?> compare, Func<PyObject, PyObject, bool?>? equalityOnly)
    {
        if (op is ComparisonOperator.Equal or ComparisonOperator.NotEqual && equalityOnly?.Invoke(a, b) is { } equal)
            return PyInt.FromBool(equal == (op == ComparisonOperator.Equal));
        if (compare(a, b) is not { } c) return PyNotImplemented.Instance;
        return PyInt.FromBool(op switch
        {
            ComparisonOperator.Equal => c == 0,
            ComparisonOperator.NotEqual => c != 0,
            ComparisonOperator.Less => c < 0,
            ComparisonOperator.LessEqual => c <= 0,
            ComparisonOperator.Greater => c > 0,
            _ => c >= 0,
        });
    }

    /// <summary>Installs <c>__name__</c> and <c>__rname__</c> from one function of (left, right), as a C number slot serves both.</summary>
    public static void AddBinary(PyType t, string name, Func<PyObject, PyObject, PyObject> operation)
    {
        t.AddMethod($"__{name}__", (args, kw) =>
        {
            Args.Check(args, kw, $"__{name}__", 1, 1, 1);
            return operation(args[0], args[1]);
        });
        t.AddMethod($"__r{name}__", (args, kw) =>
        {
            Args.Check(args, kw, $"__r{name}__", 1, 1, 1);
            return operation(args[1], args[0]);
        });
    }

    /// <summary>
    /// A result of class <paramref name="type"/>: built directly for the module's own class, and by
    /// calling the class (so a Python subclass's <c>__new__</c>/<c>__init__</c> run) otherwise, as CPython does.
    /// </summary>
    public static PyObject Construct(PyType type, PyType baseType, Func<PyObject> direct, params PyObject[] constructorArgs)
        => ReferenceEquals(type, baseType) ? direct() : PyOps.Call(type, constructorArgs, null);
}
