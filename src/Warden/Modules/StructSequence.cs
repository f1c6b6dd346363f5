using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// One struct-sequence type, CPython's named read-only records that are real tuples
/// (<c>sys.flags</c>, <c>time.struct_time</c>, <c>os.stat_result</c>, ...). The type's base is
/// <c>tuple</c>: an instance is a <see cref="PyInstance"/> whose <see cref="PyInstance.BuiltinValue"/>
/// is the tuple of its sequence fields, so every tuple operation (slicing, <c>+</c>, comparison with
/// plain tuples, hashing, unpacking, <c>%</c>-formatting, json) treats it as the tuple it is.
/// Non-sequence fields (<c>tm_zone</c>, <c>st_atime_ns</c>, ...) are attributes kept in the
/// instance's slot array and are not part of the tuple, as in CPython.
/// </summary>
internal sealed class StructSequence
{
    /// <summary>The type (base <c>tuple</c>, final, instances without <c>__dict__</c>).</summary>
    public PyType Type { get; }

    /// <summary>The name CPython's repr and messages use, e.g. <c>time.struct_time</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>Number of fields that form the tuple (<c>n_sequence_fields</c>).</summary>
    public int SequenceLength { get; }

    /// <summary>Number of all fields, sequence and non-sequence (<c>n_fields</c>).</summary>
    public int FieldCount { get; }

    // CPython's member list: the named sequence fields, then the non-sequence fields. The repr and
    // __reduce__ name values by position in this list, which is why unnamed sequence fields
    // (os.stat_result's integer times) show under the names of the first non-sequence fields.
    private readonly string[] _memberNames;
    private readonly int _unnamedCount;
    private readonly Action<PyObject[]>? _completeConstructed;

    private StructSequence(string qualifiedName, string?[] sequenceFields, string[] extraFields, Action<PyObject[]>? completeConstructed)
    {
        _completeConstructed = completeConstructed;
        QualifiedName = qualifiedName;
        SequenceLength = sequenceFields.Length;
        FieldCount = sequenceFields.Length + extraFields.Length;
        _unnamedCount = sequenceFields.Count(f => f is null);
        _memberNames = [.. sequenceFields.OfType<string>(), .. extraFields];
        int dot = qualifiedName.LastIndexOf('.');
        Type = new PyType(qualifiedName[(dot + 1)..], [TypeObjects.Tuple], TypeObjects.TypeType)
        {
            IsFinal = true,
            SlotCount = extraFields.Length,
        };
        Type.Dict.SetStr("__module__", PyStr.From(dot < 0 ? "builtins" : qualifiedName[..dot]));
    }

    /// <summary>
    /// Defines a struct-sequence type. <paramref name="sequenceFields"/> name the tuple's items (null for
    /// an unnamed item, readable only by index); <paramref name="extraFields"/> are attributes outside
    /// the tuple. With <paramref name="constructible"/> false, calling the type fails as for
    /// <c>type(sys.flags)()</c>; otherwise <c>T(sequence, dict=None)</c> follows CPython's rules, and
    /// <paramref name="completeConstructed"/> may then fill in fields from others (all values, in order).
    /// </summary>
    public static StructSequence Define(string qualifiedName, string?[] sequenceFields, string[]? extraFields = null,
        bool constructible = true, Action<PyObject[]>? completeConstructed = null)
    {
        var definition = new StructSequence(qualifiedName, sequenceFields, extraFields ?? [], completeConstructed);
        definition.Install(sequenceFields, extraFields ?? [], constructible);
        return definition;
    }

    /// <summary>
    /// A new instance from all <see cref="FieldCount"/> values: the sequence fields first, then the
    /// non-sequence ones.
    /// </summary>
    public PyObject Create(params ReadOnlySpan<PyObject> values)
    {
        if (values.Length != FieldCount)
            throw new ArgumentException($"{QualifiedName} takes {FieldCount} values, not {values.Length}", nameof(values));
        return CreateOf(Type, values);
    }

    private PyObject CreateOf(PyType type, ReadOnlySpan<PyObject> values)
    {
        var instance = new PyInstance(type) { BuiltinValue = PyTuple.FromSpan(values[..SequenceLength]) };
        var extras = instance.SlotValues;
        for (int i = SequenceLength; i < values.Length; i++) extras![i - SequenceLength] = values[i];
        return instance;
    }

    /// <summary>
    /// True when <paramref name="o"/> is an instance of this type. An object that <c>tuple.__new__</c>
    /// made of this type with the wrong number of items (CPython refuses to make one) is not.
    /// </summary>
    public bool IsInstance(PyObject o)
        => o is PyInstance { BuiltinValue: PyTuple tuple } && tuple.Length == SequenceLength && o.Type.IsSubtypeOf(Type);

    /// <summary>The tuple of sequence fields of an instance of this type.</summary>
    public PyTuple SequenceOf(PyObject instance) => Sequence(instance, "n_sequence_fields");

    /// <summary>The value of the non-sequence field <paramref name="name"/> of an instance of this type.</summary>
    public PyObject Extra(PyObject instance, string name)
    {
        int member = Array.IndexOf(_memberNames, name);
        int slot = member - (SequenceLength - _unnamedCount);
        if (slot < 0) throw new ArgumentException($"{name} is not a non-sequence field of {QualifiedName}", nameof(name));
        return ExtraAt(instance, slot, name);
    }

    private PyTuple Sequence(PyObject self, string attribute)
        => IsInstance(self) ? (PyTuple)PyOps.Unwrap(self) : throw NotApplicable(self, attribute);

    private PyObject ExtraAt(PyObject self, int slot, string attribute)
    {
        Sequence(self, attribute);
        return ((PyInstance)self).SlotValues![slot] ?? PyNone.Instance;
    }

    private PythonException NotApplicable(PyObject self, string attribute)
        => PyExc.TypeError($"descriptor '{attribute}' for '{QualifiedName}' objects doesn't apply to a '{self.Type.NativeName}' object");

    private void Install(string?[] sequenceFields, string[] extraFields, bool constructible)
    {
        var dict = Type.Dict;
        dict.SetStr("n_fields", PyInt.FromLong(FieldCount));
        dict.SetStr("n_sequence_fields", PyInt.FromLong(SequenceLength));
        dict.SetStr("n_unnamed_fields", PyInt.FromLong(_unnamedCount));
        dict.SetStr("__match_args__", PyTuple.Create([.. sequenceFields.OfType<string>().Select(f => (PyObject)PyStr.From(f))]));
        for (int i = 0; i < sequenceFields.Length; i++)
        {
            if (sequenceFields[i] is not { } name) continue;
            int index = i;
            Type.AddGetter(name, self => Sequence(self, name).Items[index], ReadOnly);
        }
        for (int i = 0; i < extraFields.Length; i++)
        {
            string name = extraFields[i];
            int slot = i;
            Type.AddGetter(name, self => ExtraAt(self, slot, name), ReadOnly);
        }
        Type.AddMethod("__repr__", (args, kw) =>
        {
            Args.Check(args, kw, "__repr__", 0, 0, 1);
            return PyStr.From(Repr(args[0]));
        });
        Type.AddMethod("__reduce__", (args, kw) =>
        {
            Args.Check(args, kw, "__reduce__", 0, 0, 1);
            return Reduce(args[0]);
        });
        if (constructible)
            Type.AddStaticMethod("__new__", New);
        else
            Type.AddStaticMethod("__new__", (args, kw) => throw PyExc.TypeError($"cannot create '{QualifiedName}' instances"));
    }

    private static void ReadOnly(PyObject self, PyObject? value) => throw PyExc.AttributeError("readonly attribute");

    private string Repr(PyObject self)
    {
        var items = Sequence(self, "__repr__").Items;
        var parts = new string[items.Length];
        for (int i = 0; i < items.Length; i++) parts[i] = _memberNames[i] + "=" + PyOps.Repr(items[i]);
        return QualifiedName + "(" + string.Join(", ", parts) + ")";
    }

    /// <summary><c>(type, (sequence, {non-sequence field: value}))</c>, which the constructor accepts back.</summary>
    private PyObject Reduce(PyObject self)
    {
        var sequence = Sequence(self, "__reduce__");
        var extras = new PyDict();
        var slots = ((PyInstance)self).SlotValues;
        for (int i = SequenceLength; i < FieldCount; i++)
            extras.SetStr(_memberNames[i - _unnamedCount], slots![i - SequenceLength] ?? PyNone.Instance);
        return PyTuple.Create(self.Type, PyTuple.Create(new PyTuple(sequence.Items), extras));
    }

    /// <summary>
    /// <c>T(sequence, dict=None)</c>: between <see cref="SequenceLength"/> and <see cref="FieldCount"/>
    /// items; non-sequence fields the sequence leaves out come from the dict by name, else None.
    /// </summary>
    private PyObject New(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int positional = args.Length - (kwnames?.Length ?? 0);
        if (positional < 1) throw PyExc.TypeError($"{QualifiedName}.__new__(): not enough arguments");
        if (args[0] is not PyType cls)
            throw PyExc.TypeError($"{QualifiedName}.__new__(X): X is not a type object ({args[0].Type.NativeName})");
        if (!cls.IsSubtypeOf(Type))
            throw PyExc.TypeError($"{QualifiedName}.__new__({cls.NativeName}): {cls.NativeName} is not a subtype of {QualifiedName}");
        var a = Args.Parse(args[1..], kwnames, "structseq", ["sequence", "dict"], 1);
        var items = SequenceItems(a[0]!);
        PyDict? fieldDict = null;
        if (a[1] is { } given and not PyNone)
            fieldDict = PyOps.Unwrap(given) as PyDict ?? throw PyExc.TypeError($"{QualifiedName}() takes a dict as second arg, if any");
        if (items.Length < SequenceLength)
            throw LengthError(SequenceLength == FieldCount ? "a" : "an at least", SequenceLength, items.Length);
        if (items.Length > FieldCount)
            throw LengthError(SequenceLength == FieldCount ? "a" : "an at most", FieldCount, items.Length);
        var values = new PyObject[FieldCount];
        items.CopyTo(values, 0);
        for (int i = items.Length; i < FieldCount; i++)
        {
            values[i] = fieldDict is not null && fieldDict.TryGetStr(_memberNames[i - _unnamedCount], out var v) ? v : PyNone.Instance;
        }
        _completeConstructed?.Invoke(values);
        return CreateOf(cls, values);
    }

    private PythonException LengthError(string bound, int expected, int given)
        => PyExc.TypeError($"{QualifiedName}() takes {bound} {expected}-sequence ({given}-sequence given)");

    /// <summary>The items of any iterable; a non-iterable gets CPython's "constructor requires a sequence".</summary>
    private static PyObject[] SequenceItems(PyObject sequence)
    {
        PyObject iterator;
        try
        {
            iterator = PyOps.GetIter(sequence);
        }
        catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.TypeError))
        {
            throw PyExc.TypeError("constructor requires a sequence");
        }
        var items = new List<PyObject>();
        while (PyOps.TryNext(iterator, out var item)) items.Add(item);
        return [.. items];
    }
}
