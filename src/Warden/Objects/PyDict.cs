using System.Runtime.CompilerServices;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// Python <c>dict</c>: an insertion-ordered open-addressing hash table (a dense entries array
/// plus a sparse index array, the layout CPython uses). Keys are compared with Python's
/// <c>__eq__</c> through <see cref="PyOps.Eq"/>, except that str keys are compared natively.
/// </summary>
public sealed class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;

    private struct Entry
    {
        public long Hash;
        public PyObject? Key; // null: deleted
        public PyObject? Value;
    }

    private int[] _indices;
    private Entry[] _entries;
    private int _used;   // entries slots consumed (live + deleted)
    private int _count;  // live entries

    /// <summary>Changes when a key is added or removed (not when a value is replaced). Guards cached entry indices.</summary>
    public int KeysVersion { get; private set; }
    /// <summary>Changes on every mutation; iterators use it to detect changes.</summary>
    public int MutationCount { get; private set; }

    public PyDict() : this(8) { }

    public PyDict(int capacity)
    {
        int size = 8;
        while (size * 2 / 3 < capacity) size <<= 1;
        _indices = NewIndices(size);
        _entries = new Entry[size * 2 / 3];
    }

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    public override PyType Type => TypeObjects.Dict;
    public int Count => _count;

    // ---- lookup core ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindStr(string key, long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref Entry e = ref _entries[ix];
                if (e.Hash == hash)
                {
                    if (e.Key is PyStr s) { if (ReferenceEquals(s.Value, key) || s.Value == key) return ix; }
                    else if (e.Key is not null && PyOps.Eq(e.Key, PyStr.From(key))) return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int Find(PyObject key, long hash)
    {
        if (key is PyStr sk) return FindStr(sk.Value, hash);
        while (true)
        {
            int mask = _indices.Length - 1;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            bool restart = false;
            while (true)
            {
                int ix = _indices[i];
                if (ix == Empty) return -1;
                if (ix >= 0)
                {
                    var entries = _entries;
                    var k = entries[ix].Key;
                    if (ReferenceEquals(k, key)) return ix;
                    if (k is not null && entries[ix].Hash == hash)
                    {
                        bool equal = PyOps.Eq(k, key);
                        // __eq__ may have mutated the dict: start again, as CPython does.
                        if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(_entries[ix].Key, k)) { restart = true; break; }
                        if (equal) return ix;
                    }
                }
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            if (!restart) return -1;
        }
    }

    private static long StrHash(string s)
    {
        long h = s.GetHashCode();
        return h == -1 ? -2 : h;
    }

    // ---- public API ----

    public bool TryGetValue(PyObject key, out PyObject value)
    {
        int ix = Find(key, PyOps.Hash(key));
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    public bool TryGetStr(string key, out PyObject value)
    {
        int ix = FindStr(key, StrHash(key));
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetStr(PyStr key, out PyObject value)
    {
        int ix = FindStr(key.Value, key.Hash);
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        return true;
    }

    /// <summary>The entry index of a str key (for inline caches guarded by <see cref="KeysVersion"/>), or -1.</summary>
    public int IndexOfStr(PyStr key) => FindStr(key.Value, key.Hash);

    /// <summary>The value stored at an entry index obtained from <see cref="IndexOfStr"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject EntryValue(int index) => _entries[index].Value!;

    /// <summary>Replaces the value at an entry index obtained from <see cref="IndexOfStr"/> (keys unchanged).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetEntryValue(int index, PyObject value)
    {
        _entries[index].Value = value;
        MutationCount++;
    }

    public bool ContainsKey(PyObject key) => Find(key, PyOps.Hash(key)) >= 0;

    public PyObject this[PyObject key]
    {
        set => SetItem(key, value);
    }

    public void SetItem(PyObject key, PyObject value) => Insert(key, PyOps.Hash(key), value);

    public void SetStr(string key, PyObject value) => Insert(PyStr.From(key), StrHash(key), value);

    public void SetStr(PyStr key, PyObject value) => Insert(key, key.Hash, value);

    private void Insert(PyObject key, long hash, PyObject value)
    {
        int ix = Find(key, hash);
        MutationCount++;
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return;
        }
        if (_used == _entries.Length) Resize(_count * 3);
        int slot = FindEmptySlot(hash);
        _entries[_used] = new Entry { Hash = hash, Key = key, Value = value };
        _indices[slot] = _used;
        _used++;
        _count++;
        KeysVersion++;
    }

    private int FindEmptySlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    private void Resize(int minimum)
    {
        int size = 8;
        while (size * 2 / 3 <= minimum) size <<= 1;
        var old = _entries;
        int oldUsed = _used;
        _indices = NewIndices(size);
        _entries = new Entry[size * 2 / 3];
        _used = 0;
        for (int k = 0; k < oldUsed; k++)
        {
            if (old[k].Key is null) continue;
            _entries[_used] = old[k];
            _indices[FindEmptySlot(old[k].Hash)] = _used;
            _used++;
        }
        KeysVersion++;
    }

    public bool Remove(PyObject key) => RemoveAt(Find(key, PyOps.Hash(key)), out _);

    public bool Remove(PyObject key, out PyObject value) => RemoveAt(Find(key, PyOps.Hash(key)), out value);

    public bool RemoveStr(string key) => RemoveAt(FindStr(key, StrHash(key)), out _);

    private bool RemoveAt(int ix, out PyObject value)
    {
        if (ix < 0) { value = null!; return false; }
        value = _entries[ix].Value!;
        // Mark the index slot as a dummy so probe chains stay intact.
        int mask = _indices.Length - 1;
        long hash = _entries[ix].Hash;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        _indices[i] = Dummy;
        _entries[ix] = default;
        _count--;
        MutationCount++;
        KeysVersion++;
        return true;
    }

    public void Clear()
    {
        _indices = NewIndices(8);
        _entries = new Entry[5];
        _used = 0;
        _count = 0;
        MutationCount++;
        KeysVersion++;
    }

    /// <summary>Advances <paramref name="position"/> to the next live entry; false at the end.</summary>
    public bool TryGetEntry(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _used)
        {
            ref Entry e = ref _entries[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Removes and returns the last inserted item (<c>popitem</c>).</summary>
    public bool TryPopLast(out PyObject key, out PyObject value)
    {
        for (int k = _used - 1; k >= 0; k--)
        {
            if (_entries[k].Key is not null)
            {
                key = _entries[k].Key!;
                RemoveAt(k, out value);
                _used = k;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items
    {
        get
        {
            int pos = 0;
            while (TryGetEntry(ref pos, out var k, out var v)) yield return new(k, v);
        }
    }

    public PyDict Copy()
    {
        var d = new PyDict(_count);
        int pos = 0;
        while (TryGetEntry(ref pos, out var k, out var v)) d.Insert(k, _entries[pos - 1].Hash, v);
        return d;
    }
}
