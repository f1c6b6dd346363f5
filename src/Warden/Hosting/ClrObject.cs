using Warden.Objects;

namespace Warden.Hosting;

/// <summary>
/// A .NET object handed to Python by the host. Its Python type (one per .NET type, built by
/// reflection) exposes the object's public instance properties, fields and methods as
/// descriptors, so attribute access goes through <see cref="PyOps.GetAttr"/> like any other;
/// every read, write and call of a member goes through <see cref="ClrBridge.Invoke"/>, the
/// one place a policy can refuse it.
/// </summary>
public sealed class ClrObject : PyObject
{
    /// <summary>Wraps <paramref name="target"/>.</summary>
    public ClrObject(object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
    }

    /// <summary>The wrapped .NET object.</summary>
    public object Target { get; }

    /// <summary>The Python type describing <see cref="Target"/>'s .NET type.</summary>
    public override PyType Type => ClrTypes.For(Target.GetType());
}
