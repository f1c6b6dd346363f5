using System.Text;
using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// <c>re.Pattern</c>: what <c>_sre.compile</c> returns. CPython's <c>re._compiler</c> hands us the
/// pattern source together with its own code list; we compile the source with Warden's engine
/// (which reproduces CPython's matching semantics) and keep the Python-side metadata as given.
/// </summary>
internal sealed class SrePatternObject : PyObject
{
    public static readonly PyType PatternType = CreateType();

    public SrePatternObject(RegexPattern regex, PyObject source, int flags, int groups, PyDict groupIndex, PyTuple indexGroup)
    {
        Regex = regex;
        Source = source;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        IndexGroup = indexGroup;
    }

    public override PyType Type => PatternType;

    /// <summary>The engine's compiled pattern.</summary>
    public RegexPattern Regex { get; }

    /// <summary>pattern.pattern (str or bytes).</summary>
    public PyObject Source { get; }

    /// <summary>pattern.flags as given by <c>re._compiler</c> (inline flags included).</summary>
    public int Flags { get; }

    /// <summary>pattern.groups.</summary>
    public int Groups { get; }

    /// <summary>Name to group number.</summary>
    public PyDict GroupIndex { get; }

    /// <summary>Group number to name (None for unnamed groups).</summary>
    public PyTuple IndexGroup { get; }

    /// <summary>Clamps a pos/endpos argument to [0, length] as CPython does.</summary>
    internal static int Clamp(PyObject? value, int length, int fallback)
    {
        if (value is null) return fallback;
        long v = PyOps.AsIndex(value);
        return v < 0 ? 0 : v > length ? length : (int)v;
    }

    private static SrePatternObject Self(PyObject o) =>
        o as SrePatternObject ?? throw PyExc.TypeError($"descriptor requires a 're.Pattern' object but received a '{o.Type.Name}'");

    /// <summary>Runs one match/fullmatch/search with the (string, pos, endpos) arguments.</summary>
    private PyObject RunOne(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, System.Func<RegexPattern, int[], int, int, RegexBudget, RegexMatch?> run)
    {
        var a = ClinicArgs.Parse(args, kw, name, ["string", "pos", "endpos"], 1);
        var subject = SreSubject.From(a[0]!, Regex.IsBytes);
        int length = subject.Units.Length;
        int pos = Clamp(a[1], length, 0);
        int end = Clamp(a[2], length, length);
        var m = SreErrors.Run(() => run(Regex, subject.Units, pos, end, SreErrors.NewBudget()));
        return m is null ? PyNone.Instance : new SreMatchObject(this, subject, m, pos, end);
    }

    /// <summary>Every non-overlapping match in [pos, end), with CPython's empty-match rules.</summary>
    internal IEnumerable<RegexMatch> All(SreSubject subject, int pos, int end)
    {
        int at = pos;
        int mustAdvanceAt = -1;
        while (at <= end)
        {
            var m = SreErrors.Run(() => Regex.Scan(subject.Units, at, end, anchored: false, mustAdvanceAt, SreErrors.NewBudget()));
            if (m is null) yield break;
            yield return m;
            at = m.End(0);
            mustAdvanceAt = m.Start(0) == at ? at : -1;
        }
    }

    private PyObject FindAll(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse(args, kw, "findall", ["string", "pos", "endpos"], 1);
        var subject = SreSubject.From(a[0]!, Regex.IsBytes);
        int length = subject.Units.Length;
        int pos = Clamp(a[1], length, 0), end = Clamp(a[2], length, length);
        var result = new PyList();
        foreach (var m in All(subject, pos, end))
        {
            if (Groups == 0) { result.Append(subject.Slice(m.Start(0), m.End(0))); continue; }
            if (Groups == 1) { result.Append(GroupOrEmpty(subject, m, 1)); continue; }
            var items = new PyObject[Groups];
            for (int g = 1; g <= Groups; g++) items[g - 1] = GroupOrEmpty(subject, m, g);
            result.Append(new PyTuple(items));
        }
        return result;
    }

    private static PyObject GroupOrEmpty(SreSubject subject, RegexMatch m, int group) =>
        m.Start(group) < 0 ? subject.Slice(0, 0) : subject.Slice(m.Start(group), m.End(group));

    private PyObject Split(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse(args, kw, "split", ["string", "maxsplit"], 1);
        var subject = SreSubject.From(a[0]!, Regex.IsBytes);
        long maxSplit = a[1] is null ? 0 : PyOps.AsIndex(a[1]!);
        var result = new PyList();
        int last = 0, count = 0;
        if (maxSplit >= 0)
        {
            foreach (var m in All(subject, 0, subject.Units.Length))
            {
                if (maxSplit > 0 && count >= maxSplit) break;
                result.Append(subject.Slice(last, m.Start(0)));
                for (int g = 1; g <= Groups; g++)
                    result.Append(m.Start(g) < 0 ? PyNone.Instance : subject.Slice(m.Start(g), m.End(g)));
                last = m.End(0);
                count++;
            }
        }
        result.Append(subject.Slice(last, subject.Units.Length));
        return result;
    }

    /// <summary>pattern.sub/subn, following CPython: callables are called per match, templates with a backslash go through <c>re._subx</c>.</summary>
    private PyObject Substitute(string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool withCount)
    {
        var a = ClinicArgs.Parse(args, kw, name, ["repl", "string", "count"], 2);
        var repl = a[0]!;
        PyObject? literal = null;
        PyObject? filter = null;
        if (IsCallable(repl)) filter = repl;
        else
        {
            var replValue = PyOps.Unwrap(repl);
            bool hasBackslash = replValue is PyStr rs ? rs.Value.Contains('\\')
                : BytesMethods.TryGetBytes(replValue) is { } rb ? System.Array.IndexOf(rb, (byte)'\\') >= 0 : true;
            if (!hasBackslash) literal = repl;
            else
            {
                var re = Importer.ImportModule("re", ThreadState.Current);
                var compiled = PyOps.Call(PyOps.GetAttr(re, PyStr.From("_subx")), [this, repl], null);
                if (IsCallable(compiled)) filter = compiled;
                else literal = compiled;
            }
        }
        var subject = SreSubject.From(a[1]!, Regex.IsBytes);
        long count = a[2] is null ? 0 : PyOps.AsIndex(a[2]!);
        var pieces = new List<PyObject>();
        int last = 0, n = 0;
        int length = subject.Units.Length;
        foreach (var m in All(subject, 0, length))
        {
            if (count > 0 && n >= count) break;
            if (last < m.Start(0)) pieces.Add(subject.Slice(last, m.Start(0)));
            if (filter is not null)
            {
                var item = PyOps.Call(filter, [new SreMatchObject(this, subject, m, 0, length)], null);
                if (item is not PyNone) pieces.Add(item);
            }
            else pieces.Add(literal!);
            last = m.End(0);
            n++;
        }
        if (last < length) pieces.Add(subject.Slice(last, length));
        var joined = Join(pieces, subject.IsStr);
        return withCount ? PyTuple.Create(joined, PyInt.FromLong(n)) : joined;
    }

    private static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyMethodDescriptor || o.Type.GetSlots().Call is not null;

    private static PyObject Join(List<PyObject> pieces, bool isStr)
    {
        if (isStr)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < pieces.Count; i++)
            {
                if (PyOps.Unwrap(pieces[i]) is not PyStr s)
                    throw PyExc.TypeError($"sequence item {i}: expected str instance, {pieces[i].Type.Name} found");
                sb.Append(s.Value);
            }
            return PyStr.From(sb.ToString());
        }
        var bytes = new List<byte>();
        for (int i = 0; i < pieces.Count; i++)
        {
            var b = BytesMethods.TryGetBytes(pieces[i])
                ?? throw PyExc.TypeError($"sequence item {i}: expected a bytes-like object, {pieces[i].Type.Name} found");
            bytes.AddRange(b);
        }
        return new PyBytes(bytes.ToArray());
    }

    /// <summary>CPython's repr: <c>re.compile('...', re.FLAG|...)</c>, the pattern repr cut at 200 characters.</summary>
    private string Repr()
    {
        string source = PyOps.Repr(Source);
        var cut = PyStr.From(source);
        if (cut.Length > 200) source = cut.Substring(0, 200).Value;
        int flags = Flags;
        // The implicit UNICODE flag of str patterns is not shown.
        const int Locale = 4, Unicode = 32, Ascii = 256;
        if ((flags & (Locale | Unicode | Ascii)) == Unicode) flags &= ~Unicode;
        if (flags == 0) return $"re.compile({source})";
        var names = new List<string>();
        foreach (var (bit, name) in FlagNames)
        {
            if ((flags & bit) == 0) continue;
            names.Add(name);
            flags &= ~bit;
        }
        if (flags != 0) names.Add($"0x{flags:x}");
        return $"re.compile({source}, {string.Join("|", names)})";
    }

    private static readonly (int Bit, string Name)[] FlagNames =
    [
        (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"), (16, "re.DOTALL"),
        (32, "re.UNICODE"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
    ];

    private bool SameAs(SrePatternObject other) =>
        ReferenceEquals(this, other) || (Flags == other.Flags && Regex.IsBytes == other.Regex.IsBytes
            && Source.Type == other.Source.Type && PyOps.Eq(Source, other.Source));

    private static PyType CreateType()
    {
        var t = new PyType("Pattern", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("re"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            throw PyExc.TypeError("cannot create 're.Pattern' instances"))));
        t.AddMethod("match", (args, kw) => Self(args[0]).RunOne("match", args[1..], kw,
            (r, s, p, e, b) => r.Match(s, p, e, b)));
        t.AddMethod("fullmatch", (args, kw) => Self(args[0]).RunOne("fullmatch", args[1..], kw,
            (r, s, p, e, b) => r.FullMatch(s, p, e, b)));
        t.AddMethod("search", (args, kw) => Self(args[0]).RunOne("search", args[1..], kw,
            (r, s, p, e, b) => r.Search(s, p, e, b)));
        t.AddMethod("findall", (args, kw) => Self(args[0]).FindAll(args[1..], kw));
        t.AddMethod("finditer", (args, kw) => SreScannerObject.Create(Self(args[0]), "finditer", args[1..], kw).AsIterator());
        t.AddMethod("scanner", (args, kw) => SreScannerObject.Create(Self(args[0]), "scanner", args[1..], kw));
        t.AddMethod("split", (args, kw) => Self(args[0]).Split(args[1..], kw));
        t.AddMethod("sub", (args, kw) => Self(args[0]).Substitute("sub", args[1..], kw, withCount: false));
        t.AddMethod("subn", (args, kw) => Self(args[0]).Substitute("subn", args[1..], kw, withCount: true));
        t.AddMethod("__copy__", (args, kw) => { Args.Check(args, kw, "__copy__", 0, 0, 1); return args[0]; });
        t.AddMethod("__deepcopy__", (args, kw) => { Args.Check(args, kw, "__deepcopy__", 1, 1, 1); return args[0]; });
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Self(args[0]).Repr()));
        foreach (var (name, wantEqual) in new[] { ("__eq__", true), ("__ne__", false) })
        {
            bool want = wantEqual;
            t.AddMethod(name, (args, kw) =>
                args[1] is SrePatternObject other ? PyInt.FromBool(Self(args[0]).SameAs(other) == want) : PyNotImplemented.Instance);
        }
        t.AddMethod("__hash__", (args, kw) =>
        {
            var self = Self(args[0]);
            long h = PyOps.Hash(self.Source) ^ (self.Flags * 1000003L);
            return PyInt.FromLong(h == -1 ? -2 : h);
        });
        t.AddClassMethod("__class_getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__class_getitem__", 1, 1, 1);
            return GenericAliasMethods.Create(args[0], args[1]);
        });
        t.AddGetter("pattern", self => Self(self).Source);
        t.AddGetter("flags", self => PyInt.FromLong(Self(self).Flags));
        t.AddGetter("groups", self => PyInt.FromLong(Self(self).Groups));
        t.AddGetter("groupindex", self =>
        {
            // A copy, so that callers cannot change the pattern's table (CPython returns a read-only proxy).
            var copy = new PyDict();
            var source = Self(self).GroupIndex;
            int position = 0;
            while (source.TryGetEntry(ref position, out var key, out var value)) copy.SetItem(key, value);
            return copy;
        });
        return t;
    }
}
