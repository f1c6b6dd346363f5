namespace Warden.Objects;

/// <summary>Python <c>bytes</c> (immutable). Only construction, repr, equality and hashing so far.</summary>
public sealed class PyBytes : PyObject
{
    public readonly byte[] Value;
    public PyBytes(byte[] value) => Value = value;
    public override PyType Type => TypeObjects.Bytes;
}
