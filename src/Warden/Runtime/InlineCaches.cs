using Warden.Objects;

namespace Warden.Runtime;

/// <summary>LOAD_GLOBAL cache: an entry index valid while the dicts' key sets are unchanged.</summary>
internal sealed class GlobalCache
{
    public PyDict? Globals;
    public int GlobalsKeysVersion;
    /// <summary>The builtins dict the entry was found in (when <see cref="InBuiltins"/>).</summary>
    public PyDict? Builtins;
    public int BuiltinsKeysVersion;
    public int Index;
    public bool InBuiltins;
}

/// <summary>LOAD_NAME / STORE_NAME cache: the entry of the name in the frame's namespace dict, valid while its keys are unchanged.</summary>
internal sealed class NameCache
{
    public PyDict? Dict;
    public int KeysVersion;
    public int Index;
}

/// <summary>
/// LOAD_NAME cache for a name the namespace dict lacks (module-level code reading builtins such
/// as <c>len</c>): valid while the namespace's keys are unchanged and <see cref="Found"/>, the
/// LOAD_GLOBAL entry for the name, is valid.
/// </summary>
internal sealed class NameFallbackCache
{
    public PyDict? Locals;
    public int LocalsKeysVersion;
    public GlobalCache Found = null!;
}

/// <summary>
/// LOAD_ATTR / STORE_ATTR / LOAD_METHOD cache keyed by the receiver's type version. Like the other
/// caches it is filled before being stored in <c>CodeObject.Caches</c> and never changed after: threads
/// running the same code (one interpreter used from several threads) read entries without locks, so an
/// update replaces the entry instead of writing its fields.
/// </summary>
internal sealed class AttributeCache
{
    public PyType? Type;
    public int Version;
    /// <summary>What the type's MRO holds for the name (null: nothing).</summary>
    public PyObject? Descriptor;
    /// <summary>The descriptor is a data descriptor (wins over the instance dict).</summary>
    public bool IsData;
    /// <summary>LOAD_METHOD: the descriptor is a function or native method callable with self.</summary>
    public bool IsMethod;
    /// <summary>
    /// Instance layout seen last: LOAD_ATTR/STORE_ATTR read or write slot <see cref="Index"/> of
    /// instances with this layout; LOAD_METHOD knows such instances do not shadow the method.
    /// </summary>
    public InstanceLayout? Layout;
    public int Index;
    /// <summary>STORE_ATTR adding an attribute: the layout instances move to.</summary>
    public InstanceLayout? NextLayout;
    /// <summary>
    /// The descriptor is a <c>__slots__</c> member that applies to <see cref="Type"/>'s
    /// instances: its index in their slot values, read and written without the descriptor call
    /// (-1: not such a member).
    /// </summary>
    public int SlotIndex = -1;

    /// <summary>A copy of this entry for another instance layout.</summary>
    public AttributeCache WithLayout(InstanceLayout layout, int index, InstanceLayout? nextLayout) => new()
    {
        Type = Type,
        Version = Version,
        Descriptor = Descriptor,
        IsData = IsData,
        IsMethod = IsMethod,
        Layout = layout,
        Index = index,
        NextLayout = nextLayout,
        SlotIndex = SlotIndex,
    };
}
