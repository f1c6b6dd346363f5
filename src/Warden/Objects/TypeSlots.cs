namespace Warden.Objects;

/// <summary>
/// The special methods of one type version, looked up once along the MRO. Operator dispatch
/// and attribute access read these fields instead of searching dicts on every operation.
/// A new instance is built after every <see cref="PyType.Version"/> change.
/// </summary>
internal sealed class TypeSlots
{
    public readonly PyObject? GetAttribute;
    public readonly PyObject? GetAttrHook;
    public readonly PyObject? SetAttr;
    public readonly PyObject? DelAttr;
    public readonly PyObject? DescriptorGet;
    public readonly PyObject? DescriptorSet;
    public readonly PyObject? DescriptorDelete;
    public readonly PyObject? Call;
    public readonly PyObject? Iter;
    public readonly PyObject? Next;
    public readonly PyObject? Bool;
    public readonly PyObject? Len;
    public readonly PyObject? Repr;
    public readonly PyObject? Str;
    public readonly PyObject? Hash;
    public readonly PyObject? Eq;
    public readonly PyObject? Init;
    public readonly PyObject? New;
    /// <summary><c>__abstractmethods__</c> as set by ABCMeta; object.__new__ refuses classes where it is non-empty.</summary>
    public readonly PyObject? AbstractMethods;

    /// <summary>True when <c>__getattribute__</c> is object's own (the common case, handled natively).</summary>
    public readonly bool HasGenericGetAttribute;
    public readonly bool HasGenericSetAttr;

    public bool IsDataDescriptor => DescriptorSet is not null || DescriptorDelete is not null;

    private readonly PyType _type;
    // Operator methods per BinaryOperator index, looked up on first use (null entries cached as s_absent).
    private readonly PyObject?[] _binary = new PyObject?[13];
    private readonly PyObject?[] _reflected = new PyObject?[13];
    private readonly PyObject?[] _inplace = new PyObject?[13];
    private static readonly PyObject s_absent = PyNotImplemented.Instance;

    public PyObject? Binary(int op) => Resolve(_binary, op, PyOps.BinaryNames);
    public PyObject? Reflected(int op) => Resolve(_reflected, op, PyOps.ReflectedNames);
    public PyObject? Inplace(int op) => Resolve(_inplace, op, PyOps.InplaceNames);

    private PyObject? Resolve(PyObject?[] table, int op, string[] names)
    {
        var m = table[op];
        if (m is null) table[op] = m = _type.Lookup(names[op]) ?? s_absent;
        return ReferenceEquals(m, s_absent) ? null : m;
    }

    public TypeSlots(PyType t)
    {
        _type = t;
        GetAttribute = t.Lookup("__getattribute__");
        GetAttrHook = t.Lookup("__getattr__");
        SetAttr = t.Lookup("__setattr__");
        DelAttr = t.Lookup("__delattr__");
        DescriptorGet = t.Lookup("__get__");
        DescriptorSet = t.Lookup("__set__");
        DescriptorDelete = t.Lookup("__delete__");
        Call = t.Lookup("__call__");
        Iter = t.Lookup("__iter__");
        Next = t.Lookup("__next__");
        Bool = t.Lookup("__bool__");
        Len = t.Lookup("__len__");
        Repr = t.Lookup("__repr__");
        Str = t.Lookup("__str__");
        Hash = t.Lookup("__hash__");
        Eq = t.Lookup("__eq__");
        Init = t.Lookup("__init__");
        New = t.Lookup("__new__");
        AbstractMethods = t.IsHeapType ? t.Lookup("__abstractmethods__") : null;
        HasGenericGetAttribute = GetAttribute is null || GetAttribute is PyMethodDescriptor { IsGenericGetAttribute: true };
        HasGenericSetAttr = SetAttr is null || SetAttr is PyMethodDescriptor { IsGenericSetAttr: true };
    }
}
