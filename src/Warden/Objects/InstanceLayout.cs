namespace Warden.Objects;

/// <summary>
/// The attribute names of an instance in insertion order, shared by all instances that got the
/// same attributes in the same order (a "hidden class"). Instances store values in an array
/// indexed by the layout, so attribute caches can key on (type version, layout) and read a slot
/// directly. Adding an attribute moves an instance to a child layout; deleting one, or asking for
/// <c>__dict__</c>, switches that instance to a real dict.
/// </summary>
internal sealed class InstanceLayout
{
    /// <summary>More attributes than this and instances use a plain dict.</summary>
    public const int MaxAttributes = 48;

    public static readonly InstanceLayout Empty = new([]);

    public readonly string[] Names;
    // Layouts are shared process-wide (the empty layout is the root for every class): transitions are added under a lock.
    private System.Collections.Concurrent.ConcurrentDictionary<string, InstanceLayout>? _transitions;

    private InstanceLayout(string[] names) => Names = names;

    /// <summary>The slot of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        var names = Names;
        for (int i = 0; i < names.Length; i++)
            if (ReferenceEquals(names[i], name)) return i;
        for (int i = 0; i < names.Length; i++)
            if (names[i] == name) return i;
        return -1;
    }

    /// <summary>The layout with <paramref name="name"/> appended (shared between instances), or null beyond the limit.</summary>
    public InstanceLayout? With(string name)
    {
        if (Names.Length >= MaxAttributes) return null;
        if (_transitions is null) Interlocked.CompareExchange(ref _transitions, new(), null);
        if (_transitions.TryGetValue(name, out var next)) return next;
        var names = new string[Names.Length + 1];
        Names.CopyTo(names, 0);
        names[^1] = string.IsInterned(name) ?? name;
        return _transitions.GetOrAdd(name, new InstanceLayout(names));
    }
}
