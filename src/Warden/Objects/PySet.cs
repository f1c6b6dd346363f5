using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// Python <c>set</c> and <c>frozenset</c>: an open-addressing table probed and resized the way
/// CPython's is (linear probes of 9 slots, then perturbed jumps; growth at 60% fill), so that
/// iteration order — visible whenever a set is printed — matches CPython for equal hashes.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    /// <summary>Marks a deleted slot (CPython's dummy key, stored with hash -1).</summary>
    private static readonly PyObject s_dummy = new PyCell();

    private struct Entry
    {
        public long Hash;
        public PyObject? Key;
    }

    private Entry[] _table = new Entry[MinSize];
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _finger; // where pop() continues
    public bool IsFrozen { get; }

    /// <summary>Changes on every insertion or removal; iterators use it to detect mutation.</summary>
    public int MutationCount { get; private set; }

    public PySet(bool frozen = false) => IsFrozen = frozen;

    public override PyType Type => IsFrozen ? TypeObjects.FrozenSet : TypeObjects.Set;
    public int Count => _used;

    public bool Contains(PyObject item) => Find(item, PyOps.Hash(item)) >= 0;

    private int Find(PyObject key, long hash)
    {
        while (true)
        {
            var table = _table;
            int mask = table.Length - 1;
            ulong perturb = (ulong)hash;
            int i = (int)((ulong)hash & (ulong)mask);
            bool restart = false;
            while (true)
            {
                int probes = i + LinearProbes <= mask ? LinearProbes : 0;
                int j = i;
                do
                {
                    ref Entry e = ref table[j];
                    if (e.Key is null) return -1;
                    if (e.Hash == hash && !ReferenceEquals(e.Key, s_dummy))
                    {
                        var start = e.Key;
                        if (ReferenceEquals(start, key)) return j;
                        if (start is PyStr a && key is PyStr b) { if (a.Value == b.Value) return j; }
                        else
                        {
                            bool equal = PyOps.Eq(start, key);
                            if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[j].Key, start)) { restart = true; break; }
                            if (equal) return j;
                        }
                    }
                    j++;
                }
                while (probes-- > 0);
                if (restart) break;
                perturb >>= PerturbShift;
                i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
            }
        }
    }

    public void Add(PyObject key)
    {
        long hash = PyOps.Hash(key);
        if (Find(key, hash) >= 0) return;
        // Insert at the first dummy on the probe path, else at the first empty slot.
        var table = _table;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref Entry e = ref table[j];
                if (e.Key is null)
                {
                    MutationCount++;
                    if (freeSlot >= 0)
                    {
                        table[freeSlot] = new Entry { Hash = hash, Key = key };
                        _used++;
                        return;
                    }
                    e = new Entry { Hash = hash, Key = key };
                    _fill++;
                    _used++;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return;
                }
                if (ReferenceEquals(e.Key, s_dummy) && freeSlot < 0) freeSlot = j;
                j++;
            }
            while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = _table;
        _table = new Entry[size];
        _fill = _used;
        foreach (var e in old)
            if (e.Key is not null && !ReferenceEquals(e.Key, s_dummy)) InsertClean(e.Key, e.Hash);
    }

    /// <summary>Inserts a key known to be absent into a table without dummies.</summary>
    private void InsertClean(PyObject key, long hash)
    {
        var table = _table;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key is null) { table[i] = new Entry { Hash = hash, Key = key }; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j].Key is null) { table[i + j] = new Entry { Hash = hash, Key = key }; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Remove(PyObject key)
    {
        int j = Find(key, PyOps.Hash(key));
        if (j < 0) return false;
        _table[j] = new Entry { Hash = -1, Key = s_dummy };
        _used--;
        MutationCount++;
        return true;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _fill = _used = 0;
        _finger = 0;
        MutationCount++;
    }

    /// <summary><c>set.pop()</c>: removes the next element after the previous pop position, as CPython does.</summary>
    public bool TryPop(out PyObject item)
    {
        item = null!;
        if (_used == 0) return false;
        int mask = _table.Length - 1;
        int i = _finger & mask;
        while (_table[i].Key is null || ReferenceEquals(_table[i].Key, s_dummy)) i = (i + 1) & mask;
        item = _table[i].Key!;
        _table[i] = new Entry { Hash = -1, Key = s_dummy };
        _used--;
        _finger = i + 1;
        MutationCount++;
        return true;
    }

    /// <summary>Advances to the next element in table order; false at the end.</summary>
    internal bool TryGetNext(ref int position, out PyObject item)
    {
        var table = _table;
        while (position < table.Length)
        {
            var key = table[position++].Key;
            if (key is not null && !ReferenceEquals(key, s_dummy))
            {
                item = key;
                return true;
            }
        }
        item = null!;
        return false;
    }

    public IEnumerable<PyObject> Elements
    {
        get
        {
            int pos = 0;
            while (TryGetNext(ref pos, out var item)) yield return item;
        }
    }

    /// <summary>A copy with the same table layout (CPython copies the table of an equal-sized set).</summary>
    public PySet Copy(bool frozen)
    {
        var copy = new PySet(frozen) { _table = (Entry[])_table.Clone(), _fill = _fill, _used = _used };
        if (_fill != _used) copy.Resize(_used > 50000 ? _used * 2 : _used * 4);
        return copy;
    }
}

/// <summary>Iterator over a set; raises when the set changes size during iteration.</summary>
public sealed class PySetIterator : PyIterator
{
    private readonly PySet _set;
    private readonly int _count;
    private int _position;

    public PySetIterator(PySet set)
    {
        _set = set;
        _count = set.Count;
    }

    public override bool TryNext(out PyObject item)
    {
        if (_set.Count != _count)
        {
            _position = int.MaxValue;
            throw PyExc.RuntimeError("Set changed size during iteration");
        }
        return _set.TryGetNext(ref _position, out item);
    }

    public override PyType Type => TypeObjects.SetIterator;
}
