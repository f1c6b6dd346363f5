namespace Warden.Objects;

/// <summary>
/// An instance of a class defined in Python. Attributes live in a values array described by a
/// shared <see cref="InstanceLayout"/> until something needs a real dict (<c>__dict__</c>,
/// <c>vars()</c>, deleting an attribute, very many attributes); from then on the dict is the
/// storage. When the class derives from a builtin type other than object (int, str, list,
/// dict, ...), <see cref="BuiltinValue"/> holds the builtin part, which natives operate on.
/// </summary>
public sealed class PyInstance : PyObject
{
    private PyType _type;
    /// <summary>The layout of <see cref="Values"/>, or null once the instance uses <see cref="_dict"/>.</summary>
    internal InstanceLayout? Layout = InstanceLayout.Empty;
    internal PyObject[] Values = s_noValues;
    private PyDict? _dict;
    private static readonly PyObject[] s_noValues = [];

    /// <summary>The builtin base value for subclasses of builtin types, else null.</summary>
    public PyObject? BuiltinValue { get; internal set; }

    /// <summary>Values of <c>__slots__</c> entries (indexed by their member descriptors), or null.</summary>
    internal PyObject?[]? SlotValues;

    internal override PyObject?[]? SlotStorage => SlotValues;

    public PyInstance(PyType type)
    {
        _type = type;
        if (type.SlotCount > 0) SlotValues = new PyObject?[type.SlotCount];
        if (!type.InstancesHaveDict) Layout = null;
    }

    public override PyType Type => _type;

    /// <summary>The attribute dict (materialised on first request; the instance keeps using it afterwards).</summary>
    public PyDict Dict => _dict ??= Layout is null ? new PyDict() : MaterialiseDict();

    public override PyDict? InstanceDict => _type.InstancesHaveDict ? Dict : null;

    private PyDict MaterialiseDict()
    {
        var layout = Layout!;
        var dict = new PyDict(layout.Names.Length);
        for (int i = 0; i < layout.Names.Length; i++) dict.SetStr(layout.Names[i], Values[i]);
        Layout = null;
        Values = s_noValues;
        return dict;
    }

    internal override bool HasInstanceAttributes => _type.InstancesHaveDict;

    internal override bool TryGetInstanceAttribute(PyStr name, out PyObject value)
    {
        if (!_type.InstancesHaveDict)
        {
            value = null!;
            return false;
        }
        var layout = Layout;
        if (layout is not null)
        {
            int i = layout.IndexOf(name.Value);
            if (i >= 0)
            {
                value = Values[i];
                return true;
            }
            value = null!;
            return false;
        }
        return _dict!.TryGetStr(name, out value);
    }

    internal override bool SetInstanceAttribute(PyStr name, PyObject? value)
    {
        if (!_type.InstancesHaveDict) return false;
        var layout = Layout;
        if (layout is not null)
        {
            int i = layout.IndexOf(name.Value);
            if (value is not null)
            {
                if (i >= 0)
                {
                    Values[i] = value;
                    return true;
                }
                var next = layout.With(name.Value);
                if (next is not null)
                {
                    AppendSlot(next, value);
                    return true;
                }
            }
            else if (i < 0) return false;
        }
        var dict = Dict;
        if (value is null) return dict.RemoveStr(name.Value);
        dict.SetStr(name, value);
        return true;
    }

    /// <summary>Moves to <paramref name="next"/> (this layout plus one name) and stores the new attribute's value.</summary>
    internal void AppendSlot(InstanceLayout next, PyObject value)
    {
        int index = next.Names.Length - 1;
        if (index >= Values.Length)
        {
            var grown = new PyObject[Math.Max(4, Values.Length * 2)];
            Values.CopyTo(grown, 0);
            Values = grown;
        }
        Values[index] = value;
        Layout = next;
    }

    /// <summary>Assignment to <c>__dict__</c>: the new dict becomes the attribute storage.</summary>
    internal void ReplaceDict(PyDict dict)
    {
        _dict = dict;
        Layout = null;
        Values = s_noValues;
    }

    /// <summary>Assignment to <c>__class__</c>.</summary>
    internal void SetType(PyType type) => _type = type;
}
