using Warden.Compiler;
using Warden.Objects;

namespace Warden.Modules;

/// <summary>
/// A named read-only record that also behaves as a tuple of its fields, like CPython's
/// struct sequences (<c>sys.flags</c>, <c>sys.float_info</c>, ...). It is not a tuple
/// subclass here; it answers the tuple protocol (index, len, iteration, comparison) by
/// delegating to the tuple of its values, which is what stdlib code relies on.
/// </summary>
internal sealed class StructSequence : PyObject
{
    private readonly PyType _type;

    /// <summary>The field values in declaration order.</summary>
    public PyTuple Values { get; }

    private readonly PyObject[] _extras;

    private StructSequence(PyType type, PyTuple values, PyObject[] extras)
    {
        _type = type;
        Values = values;
        _extras = extras;
    }

    public override PyType Type => _type;

    /// <summary>
    /// Creates a struct-sequence type named <paramref name="qualifiedName"/> (as CPython's repr shows it,
    /// e.g. <c>sys.flags</c>) with the given fields, and returns a factory for its instances.
    /// </summary>
    public static Func<PyObject[], StructSequence> DefineType(string qualifiedName, string module, string[] fields)
        => DefineType(qualifiedName, module, fields, [], out _);

    /// <summary>
    /// As above, with <paramref name="extraFields"/>: attributes that follow the sequence values in the
    /// factory's input but are not part of the tuple (CPython's non-sequence fields, such as
    /// <c>os.stat_result.st_atime_ns</c>); an extra field may shadow a sequence field's attribute.
    /// </summary>
    public static Func<PyObject[], StructSequence> DefineType(string qualifiedName, string module, string[] fields, string[] extraFields, out PyType definedType)
    {
        string shortName = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        var type = new PyType(shortName, [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        type.Dict.SetStr("__module__", PyStr.From(module));
        type.Dict.SetStr("n_fields", PyInt.FromLong(fields.Length + extraFields.Length));
        type.Dict.SetStr("n_sequence_fields", PyInt.FromLong(fields.Length));
        type.Dict.SetStr("n_unnamed_fields", PyInt.FromLong(fields.Count(f => extraFields.Contains(f))));
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            type.AddGetter(fields[i], self => ((StructSequence)self).Values.Items[index]);
        }
        for (int i = 0; i < extraFields.Length; i++)
        {
            int index = i;
            type.AddGetter(extraFields[i], self => ((StructSequence)self)._extras[index]);
        }
        definedType = type;
        type.AddMethod("__repr__", (args, kw) =>
        {
            var self = (StructSequence)args[0];
            var parts = fields.Select((f, i) => f + "=" + PyOps.Repr(self.Values.Items[i]));
            return PyStr.From(qualifiedName + "(" + string.Join(", ", parts) + ")");
        });
        type.AddMethod("__len__", (args, kw) => PyInt.FromLong(fields.Length));
        type.AddMethod("__getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__getitem__", 2, 2);
            return PyOps.GetItem(((StructSequence)args[0]).Values, args[1]);
        });
        type.AddMethod("__iter__", (args, kw) => PyOps.GetIter(((StructSequence)args[0]).Values));
        type.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(((StructSequence)args[0]).Values)));
        type.AddMethod("__reduce__", (args, kw) =>
            PyTuple.Create(type, PyTuple.Create(((StructSequence)args[0]).Values)));
        foreach (var (op, compare) in new[] { ("__eq__", ComparisonOperator.Equal), ("__ne__", ComparisonOperator.NotEqual),
            ("__lt__", ComparisonOperator.Less), ("__le__", ComparisonOperator.LessEqual),
            ("__gt__", ComparisonOperator.Greater), ("__ge__", ComparisonOperator.GreaterEqual) })
        {
            string name = op;
            var comparison = compare;
            type.AddMethod(name, (args, kw) =>
            {
                Args.Check(args, kw, name, 2, 2);
                var self = ((StructSequence)args[0]).Values;
                var other = args[1] is StructSequence s ? s.Values : args[1];
                if (other is not PyTuple) return PyNotImplemented.Instance;
                return PyOps.RichCompare(self, other, comparison);
            });
        }
        return values =>
        {
            if (values.Length != fields.Length + extraFields.Length)
                throw new ArgumentException($"{qualifiedName} takes {fields.Length + extraFields.Length} values");
            return new StructSequence(type, new PyTuple(values[..fields.Length]), values[fields.Length..]);
        };
    }
}
