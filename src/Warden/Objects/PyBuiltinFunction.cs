namespace Warden.Objects;

/// <summary>A native function (<c>builtin_function_or_method</c>), optionally bound to a self.</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public string Name { get; }
    public NativeFunction Function { get; }
    /// <summary>The object a builtin method is bound to (prepended to the arguments), or null.</summary>
    public PyObject? Self { get; }
    /// <summary>Calls count one recursion level, as CPython's METH_O/METH_NOARGS functions do.</summary>
    public bool CountsAsRecursion { get; init; }
    /// <summary>The module a module-level function belongs to (its <c>__module__</c>, and <c>__self__</c> is that module).</summary>
    public string? ModuleName { get; internal set; }

    public PyBuiltinFunction(string name, NativeFunction function, PyObject? self = null)
    {
        Name = name;
        Function = function;
        Self = self;
    }

    public override PyType Type => TypeObjects.BuiltinFunction;
}

/// <summary>
/// A native method stored in a builtin type's dict (<c>method_descriptor</c>), e.g. <c>list.append</c>.
/// Accessed through an instance it binds to a <see cref="PyBuiltinFunction"/>; the interpreter's
/// method-call path calls it directly with self as the first argument, without binding.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public string Name { get; }
    public PyType Owner { get; }
    public NativeFunction Function { get; }
    internal bool IsGenericGetAttribute;
    internal bool IsGenericSetAttr;

    public PyMethodDescriptor(string name, PyType owner, NativeFunction function)
    {
        Name = name;
        Owner = owner;
        Function = function;
    }

    public override PyType Type => TypeObjects.MethodDescriptor;
}

/// <summary>A native attribute of a builtin type (<c>getset_descriptor</c>), e.g. <c>BaseException.args</c>.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public string Name { get; }
    public PyType Owner { get; }
    public Func<PyObject, PyObject> Getter { get; }
    public Action<PyObject, PyObject?>? Setter { get; }

    public PyGetSetDescriptor(string name, PyType owner, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter)
    {
        Name = name;
        Owner = owner;
        Getter = getter;
        Setter = setter;
    }

    public override PyType Type => TypeObjects.GetSetDescriptor;
}

/// <summary>A <c>__slots__</c> entry (<c>member_descriptor</c>): reads and writes one fixed slot of instances.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public string Name { get; }
    public PyType Owner { get; }
    public int Index { get; }

    public PyMemberDescriptor(string name, PyType owner, int index)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    public override PyType Type => TypeObjects.MemberDescriptor;

    private PyObject?[] SlotsOf(PyObject obj)
    {
        if (obj.SlotStorage is { } values && obj.Type.IsSubtypeOf(Owner)) return values;
        throw Runtime.PyExc.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{obj.Type.Name}' object");
    }

    public PyObject Get(PyObject obj)
        => SlotsOf(obj)[Index] ?? throw Runtime.PyExc.AttributeError($"'{obj.Type.Name}' object has no attribute '{Name}'");

    public void Set(PyObject obj, PyObject? value)
    {
        var values = SlotsOf(obj);
        if (value is null && values[Index] is null) throw Runtime.PyExc.AttributeError(Name);
        values[Index] = value;
    }
}

/// <summary><c>staticmethod(f)</c>.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject Callable { get; }
    public PyStaticMethod(PyObject callable) => Callable = callable;
    public override PyType Type => TypeObjects.StaticMethod;
}

/// <summary><c>classmethod(f)</c>.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject Callable { get; }
    public PyClassMethod(PyObject callable) => Callable = callable;
    public override PyType Type => TypeObjects.ClassMethod;
}

/// <summary>A function bound to an instance (<c>method</c>).</summary>
public sealed class PyBoundMethod : PyObject
{
    public PyObject Function { get; }
    public PyObject Self { get; }
    public PyBoundMethod(PyObject function, PyObject self)
    {
        Function = function;
        Self = self;
    }
    public override PyType Type => TypeObjects.Method;
}

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor.</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Getter { get; }
    public PyObject? Setter { get; }
    public PyObject? Deleter { get; }
    public PyObject? Doc { get; internal set; }
    /// <summary>The attribute name, from <c>__set_name__</c> (used in error messages).</summary>
    internal string? Name;

    public PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject? doc)
    {
        Getter = getter;
        Setter = setter;
        Deleter = deleter;
        Doc = doc;
    }

    public override PyType Type => TypeObjects.Property;
}

/// <summary>A closure cell holding a variable shared between a function and its inner functions.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The value, or null while the variable is unbound.</summary>
    public PyObject? Value;
    public PyCell(PyObject? value = null) => Value = value;
    public override PyType Type => TypeObjects.Cell;
}
