using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// <c>_sre.SRE_Scanner</c>: successive matches over one string; each call continues where the
/// previous match ended, and an empty match forbids another empty match at the same place.
/// <c>finditer</c> iterates its <c>search</c>, as CPython's <c>iter(scanner.search, None)</c>.
/// </summary>
internal sealed class SreScannerObject : PyObject
{
    public static readonly PyType ScannerType = CreateType();
    private static readonly PyType s_callableIteratorType = CreateIteratorType();

    private readonly SrePatternObject _pattern;
    private readonly SreSubject _subject;
    private readonly int _pos, _end;
    private int _at;
    private int _mustAdvanceAt = -1;
    private bool _exhausted;

    private SreScannerObject(SrePatternObject pattern, SreSubject subject, int pos, int end)
    {
        _pattern = pattern;
        _subject = subject;
        _pos = pos;
        _end = end;
        _at = pos;
    }

    public override PyType Type => ScannerType;

    /// <summary>pattern.scanner(string, pos, endpos) (also the start of finditer).</summary>
    public static SreScannerObject Create(SrePatternObject pattern, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse(args, kw, name, ["string", "pos", "endpos"], 1);
        var subject = SreSubject.From(a[0]!, pattern.Regex.IsBytes);
        int length = subject.Units.Length;
        return new SreScannerObject(pattern, subject, SrePatternObject.Clamp(a[1], length, 0), SrePatternObject.Clamp(a[2], length, length));
    }

    /// <summary>The next match (anchored at the current position, or searching), or null.</summary>
    public SreMatchObject? Next(bool anchored)
    {
        if (_exhausted || _at > _end) return null;
        var m = SreErrors.Run(() => _pattern.Regex.Scan(_subject.Units, _at, _end, anchored, _mustAdvanceAt, SreErrors.NewBudget()));
        if (m is null)
        {
            _exhausted = true;
            return null;
        }
        _at = m.End(0);
        _mustAdvanceAt = m.Start(0) == _at ? _at : -1;
        return new SreMatchObject(_pattern, _subject, m, _pos, _end);
    }

    /// <summary>The iterator finditer returns.</summary>
    public PyIterator AsIterator() => new PyEnumerableIterator(Matches(), s_callableIteratorType);

    private IEnumerable<PyObject> Matches()
    {
        while (Next(anchored: false) is { } m) yield return m;
    }

    private static PyType CreateIteratorType()
    {
        var t = new PyType("callable_iterator", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        MiscMethods.InstallIterator(t);
        return t;
    }

    private static PyType CreateType()
    {
        var t = new PyType("SRE_Scanner", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("_sre"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            throw PyExc.TypeError("cannot create '_sre.SRE_Scanner' instances"))));
        t.AddMethod("match", (args, kw) =>
        {
            Args.Check(args, kw, "match", 0, 0, 1);
            return ((SreScannerObject)args[0]).Next(anchored: true) ?? (PyObject)PyNone.Instance;
        });
        t.AddMethod("search", (args, kw) =>
        {
            Args.Check(args, kw, "search", 0, 0, 1);
            return ((SreScannerObject)args[0]).Next(anchored: false) ?? (PyObject)PyNone.Instance;
        });
        t.AddGetter("pattern", self => ((SreScannerObject)self)._pattern);
        return t;
    }
}
