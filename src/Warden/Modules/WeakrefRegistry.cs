using System.Runtime.CompilerServices;
using Warden.Objects;

namespace Warden.Modules;

/// <summary>
/// The weak references one interpreter (<see cref="Runtime.PythonContext"/>) has made: which refs
/// point at an object (<c>getweakrefs</c>, <c>getweakrefcount</c>, reuse of callback-less refs) and
/// which carry callbacks still to run. Per interpreter because referents may be shared by every
/// engine in the process (builtin types and functions, objects the host hands to two engines):
/// a process-wide table would let one engine find another's references and would run one engine's
/// callbacks inside another's <c>gc.collect()</c>.
/// </summary>
internal sealed class WeakrefRegistry
{
    private readonly ConditionalWeakTable<PyObject, List<PyWeakRef>> _refsByReferent = new();
    private readonly List<WeakReference<PyWeakRef>> _withCallbacks = [];

    /// <summary>The list of refs to <paramref name="referent"/> (created empty on first use); lock it while reading or writing.</summary>
    public List<PyWeakRef> RefsFor(PyObject referent) => _refsByReferent.GetOrCreateValue(referent);

    /// <summary>The live refs to <paramref name="referent"/> made in this interpreter.</summary>
    public IReadOnlyList<PyWeakRef> RefsTo(PyObject referent)
    {
        if (!_refsByReferent.TryGetValue(referent, out var list)) return [];
        lock (list) return list.ToArray();
    }

    /// <summary>Remembers a ref whose callback must run once its referent is collected.</summary>
    public void AddWithCallback(PyWeakRef made)
    {
        lock (_withCallbacks) _withCallbacks.Add(new WeakReference<PyWeakRef>(made));
    }

    /// <summary>Removes and returns the refs with callbacks whose referents are gone, oldest last (CPython runs the newest first).</summary>
    public List<PyWeakRef> TakeDue()
    {
        var due = new List<PyWeakRef>();
        lock (_withCallbacks)
        {
            for (int i = _withCallbacks.Count - 1; i >= 0; i--)
            {
                if (!_withCallbacks[i].TryGetTarget(out var r)) { _withCallbacks.RemoveAt(i); continue; }
                if (r.Target is null) { due.Add(r); _withCallbacks.RemoveAt(i); }
            }
        }
        due.Reverse();
        return due;
    }
}
