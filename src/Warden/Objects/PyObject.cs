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

    /// <summary>Debugging aid only; Python code sees <c>repr</c> through <see cref="PyOps.Repr"/>.</summary>
    public override string ToString() => $"<{Type.Name} object>";
}
