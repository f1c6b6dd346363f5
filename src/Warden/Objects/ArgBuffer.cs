using System.Runtime.CompilerServices;

namespace Warden.Objects;

/// <summary>Inline storage for a few call arguments, so natives can call back without allocating an array.</summary>
[InlineArray(4)]
internal struct ArgBuffer
{
    private PyObject _element0;
}
