namespace Warden.Objects;

/// <summary>
/// Base of every Python object. Builtin types are sealed subclasses so that fast paths are
/// plain C# type tests; everything else (attributes, operators, calls) goes through
/// <see cref="PyOps"/>, the single protocol that restricted mode will guard.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type of this object (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }

    /// <summary>The instance dictionary, or null for objects without one.</summary>
    public virtual PyDict? InstanceDict => null;

    /// <summary>Storage of <c>__slots__</c> values for instances of classes declaring slots; null otherwise.</summary>
    internal virtual PyObject?[]? SlotStorage => null;

    /// <summary>Reads an attribute stored on the instance itself (not the class); false when absent.</summary>
    internal virtual bool TryGetInstanceAttribute(PyStr name, out PyObject value)
    {
        var dict = InstanceDict;
        if (dict is null)
        {
            value = null!;
            return false;
        }
        return dict.TryGetStr(name, out value);
    }

    /// <summary>
    /// Stores (or, with a null value, deletes) an instance attribute. Returns false when the
    /// object has no instance storage or, for deletion, the attribute was absent.
    /// </summary>
    internal virtual bool SetInstanceAttribute(PyStr name, PyObject? value)
    {
        var dict = InstanceDict;
        if (dict is null) return false;
        if (value is null) return dict.RemoveStr(name.Value);
        dict.SetStr(name, value);
        return true;
    }

    /// <summary>True when the object stores attributes of its own.</summary>
    internal virtual bool HasInstanceAttributes => InstanceDict is not null;

    /// <summary>Debugging aid only; Python code sees <c>repr</c> through <see cref="PyOps.Repr"/>.</summary>
    public override string ToString() => $"<{Type.Name} object>";
}
