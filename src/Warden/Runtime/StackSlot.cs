using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// One entry of a frame's locals-and-stack array. A struct wrapper, because storing into a
/// <c>PyObject[]</c> costs a covariant array-store type check on every write, which dominated
/// the dispatch loop; an array of structs has none.
/// </summary>
internal struct StackSlot
{
    /// <summary>The object, or null for an unbound local or an empty stack entry.</summary>
    public PyObject Value;

    /// <summary>Views <paramref name="count"/> slots from <paramref name="start"/> as call arguments (no copy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<PyObject> AsSpan(StackSlot[] slots, int start, int count)
    {
        if (count == 0) return ReadOnlySpan<PyObject>.Empty;
        _ = slots[start + count - 1]; // bounds check once for the whole range
        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<StackSlot, PyObject>(ref slots[start]), count);
    }
}
