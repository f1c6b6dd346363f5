using System.Runtime.CompilerServices;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// A Python type object. Holds the C3 MRO, the type dict and a <see cref="Version"/> that
/// changes whenever the type or any of its bases changes; lookups along the MRO are cached
/// per version so that inline caches and operator slots are decided once per version.
/// </summary>
public sealed class PyType : PyObject
{
    private static int s_nextVersion = 1;

    /// <summary>The metaclass (<c>type</c> for nearly every class).</summary>
    internal PyType Metaclass;
    public override PyType Type => Metaclass;

    public string Name { get; internal set; }
    public string QualName { get; internal set; }
    public PyType[] Bases { get; private set; }
    public PyType[] Mro { get; private set; }
    public PyDict Dict { get; }
    public override PyDict? InstanceDict => Dict;

    /// <summary>
    /// The interpreter a class belongs to (set for heap types when created; null for builtin types,
    /// which every interpreter shares). <c>__subclasses__</c> lists only classes of the caller's
    /// interpreter or shared ones, so one engine cannot reach another's classes (and through
    /// their functions, its globals) from <c>object.__subclasses__()</c>.
    /// </summary>
    internal object? Owner;

    /// <summary>
    /// The name CPython's messages use (its <c>tp_name</c>): builtin types defined by a module
    /// other than builtins carry the module prefix (<c>types.UnionType</c>).
    /// </summary>
    public string NativeName => !IsHeapType && !IsHostType && Dict.TryGetStr("__module__", out var m) && m is PyStr { Value: not "builtins" } ms
        ? ms.Value + "." + Name : Name;

    /// <summary>
    /// A .NET type handed in by a host: its <c>__module__</c> is the .NET namespace, which
    /// messages leave out (they name it as IronPython does, <c>'Account'</c>).
    /// </summary>
    internal bool IsHostType { get; init; }

    /// <summary>True for classes created by a class statement (their dict may change).</summary>
    public bool IsHeapType { get; }

    /// <summary>Changes whenever this type's dict, bases or an MRO ancestor changes.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Creates the Python-visible instance for <c>object.__new__(cls)</c>. Builtin types set
    /// it; heap types inherit their layout base's factory.
    /// </summary>
    internal Func<PyType, PyObject>? InstanceFactory;

    /// <summary>True when instances of this type have a <c>__dict__</c>.</summary>
    internal bool InstancesHaveDict;

    /// <summary>Number of <c>__slots__</c> entries of this type and its bases (instance slot array size).</summary>
    internal int SlotCount;

    /// <summary>Set when the type may not be subclassed (bool, NoneType, ...).</summary>
    internal bool IsFinal;

    private readonly List<WeakReference<PyType>> _subclasses = new();
    // Builtin types are shared by every interpreter thread in the process: the cache must tolerate concurrent readers and writers.
    private System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?> _lookupCache = new();
    private int _lookupCacheVersion;

    /// <summary>Special methods resolved for the current version; see <see cref="TypeSlots"/>.</summary>
    internal TypeSlots? Slots;

    internal PyType(string name, PyType[] bases, PyType? metaclass = null, bool isHeapType = false, PyDict? dict = null)
    {
        Name = name;
        QualName = name;
        Metaclass = metaclass!; // null only while bootstrapping 'type' itself
        Bases = bases;
        Dict = dict ?? new PyDict();
        IsHeapType = isHeapType;
        if (isHeapType) Owner = Runtime.ThreadState.CurrentContextOrNull;
        Mro = ComputeMro(this, bases);
        foreach (var b in bases) b.AddSubclass(this);
        Version = Interlocked.Increment(ref s_nextVersion);
    }

    /// <summary>Finds <paramref name="name"/> along the MRO (no descriptor binding). Null when absent.</summary>
    public PyObject? Lookup(string name)
    {
        if (_lookupCacheVersion != Version)
        {
            _lookupCache = new System.Collections.Concurrent.ConcurrentDictionary<string, PyObject?>();
            _lookupCacheVersion = Version;
        }
        if (_lookupCache.TryGetValue(name, out var cached)) return cached;
        PyObject? found = null;
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetStr(name, out var v)) { found = v; break; }
        }
        _lookupCache[name] = found;
        return found;
    }

    /// <summary>Sets an attribute in the type dict and invalidates every cache that depends on it.</summary>
    public void SetAttribute(string name, PyObject? value)
    {
        if (value is null) Dict.RemoveStr(name);
        else Dict.SetStr(name, value);
        Modified();
    }

    /// <summary>Bumps the version of this type and of every subclass.</summary>
    internal void Modified()
    {
        Version = Interlocked.Increment(ref s_nextVersion);
        Slots = null;
        foreach (var sub in Subclasses.ToArray()) sub.Modified();
    }

    private void AddSubclass(PyType sub)
    {
        lock (_subclasses)
        {
            // Classes of finished programs die; drop their entries so long-running hosts do not accumulate them.
            if (_subclasses.Count >= 32 && (_subclasses.Count & (_subclasses.Count - 1)) == 0)
                _subclasses.RemoveAll(w => !w.TryGetTarget(out _));
            _subclasses.Add(new WeakReference<PyType>(sub));
        }
    }

    /// <summary>Live direct subclasses (for <c>__subclasses__</c> and invalidation).</summary>
    internal IEnumerable<PyType> Subclasses
    {
        get
        {
            WeakReference<PyType>[] refs;
            lock (_subclasses) refs = _subclasses.ToArray();
            foreach (var weak in refs)
                if (weak.TryGetTarget(out var sub)) yield return sub;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro) if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>The slots cache, rebuilt lazily after each version change.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TypeSlots GetSlots() => Slots ??= new TypeSlots(this);

    /// <summary>The nearest builtin type whose instance layout this type uses.</summary>
    internal PyType LayoutBase
    {
        get
        {
            foreach (var t in Mro) if (!t.IsHeapType) return t;
            return TypeObjects.Object;
        }
    }

    /// <summary>Adds the <c>__dict__</c> descriptor that exposes (and replaces) the instances' attribute dict.</summary>
    internal void AddInstanceDictGetter()
        => Dict.SetStr("__dict__", new PyGetSetDescriptor("__dict__", this,
            self => self.InstanceDict ?? throw PyExc.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"),
            (self, value) =>
            {
                if (value is null) throw PyExc.TypeError("cannot delete __dict__");
                if (PyOps.Unwrap(value) is not PyDict d) throw PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                if (self is not PyInstance inst) throw PyExc.AttributeError($"attribute '__dict__' of '{self.Type.Name}' objects is not writable");
                inst.ReplaceDict(d);
            }));

    internal void AddMethod(string name, NativeFunction fn)
        => Dict.SetStr(name, new PyMethodDescriptor(name, this, fn));

    internal void AddStaticMethod(string name, NativeFunction fn)
        => Dict.SetStr(name, new PyStaticMethod(new PyBuiltinFunction(name, fn)));

    internal void AddClassMethod(string name, NativeFunction fn)
        => Dict.SetStr(name, new PyClassMethod(new PyBuiltinFunction(name, fn)));

    internal void AddGetter(string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null)
        => Dict.SetStr(name, new PyGetSetDescriptor(name, this, getter, setter));

    /// <summary>C3 linearisation of the bases; raises TypeError when no consistent order exists.</summary>
    private static PyType[] ComputeMro(PyType self, PyType[] bases)
    {
        var result = new List<PyType> { self };
        if (bases.Length == 0) return result.ToArray();
        if (bases.Length == 1)
        {
            result.AddRange(bases[0].Mro);
            return result.ToArray();
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw PyExc.TypeError($"duplicate base class {bases[i].Name}");
        var sequences = new List<List<PyType>>();
        foreach (var b in bases) sequences.Add(new List<PyType>(b.Mro));
        sequences.Add(new List<PyType>(bases));
        while (true)
        {
            sequences.RemoveAll(s => s.Count == 0);
            if (sequences.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var seq in sequences)
            {
                var head = seq[0];
                bool inTail = false;
                foreach (var other in sequences)
                    if (other.IndexOf(head) > 0) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                // CPython names the classes still waiting at the head of a sequence.
                var heads = new List<PyType>();
                foreach (var seq in sequences) if (!heads.Contains(seq[0])) heads.Add(seq[0]);
                var names = string.Join(", ", heads.Select(b => b.Name));
                throw PyExc.TypeError($"Cannot create a consistent method resolution\norder (MRO) for bases {names}");
            }
            result.Add(candidate);
            foreach (var seq in sequences)
                if (seq[0] == candidate) seq.RemoveAt(0);
        }
    }

    public override string ToString() => $"<class '{Name}'>";
}
