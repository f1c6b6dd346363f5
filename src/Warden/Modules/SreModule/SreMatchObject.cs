using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary><c>re.Match</c>: one successful match, its groups and the arguments that produced it.</summary>
internal sealed class SreMatchObject : PyObject
{
    public static readonly PyType MatchType = CreateType();

    private readonly SrePatternObject _pattern;
    private readonly SreSubject _subject;
    private readonly RegexMatch _match;
    private readonly int _pos, _endPos;

    public SreMatchObject(SrePatternObject pattern, SreSubject subject, RegexMatch match, int pos, int endPos)
    {
        _pattern = pattern;
        _subject = subject;
        _match = match;
        _pos = pos;
        _endPos = endPos;
    }

    public override PyType Type => MatchType;

    private static SreMatchObject Self(PyObject o) =>
        o as SreMatchObject ?? throw PyExc.TypeError($"descriptor requires a 're.Match' object but received a '{o.Type.Name}'");

    /// <summary>A group number from an int-like index or a group name; IndexError "no such group" otherwise.</summary>
    private int GroupNumber(PyObject index)
    {
        long number = -1;
        var value = PyOps.Unwrap(index);
        if (value is PyInt || (value is not PyStr && value.Type.Lookup("__index__") is not null))
            number = PyOps.AsIndex(index);
        else if (_pattern.GroupIndex.Count > 0 && value is PyStr && _pattern.GroupIndex.TryGetValue(index, out var found) && found is PyInt i)
            number = i.ToIndex();
        if (number < 0 || number > _pattern.Groups) throw PyExc.IndexError("no such group");
        return (int)number;
    }

    private PyObject Group(int g, PyObject fallback) =>
        _match.Start(g) < 0 ? fallback : _subject.Slice(_match.Start(g), _match.End(g));

    private PyObject GroupCall(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) throw PyExc.TypeError("group() takes no keyword arguments");
        if (args.Length == 0) return Group(0, PyNone.Instance);
        if (args.Length == 1) return Group(GroupNumber(args[0]), PyNone.Instance);
        var items = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++) items[i] = Group(GroupNumber(args[i]), PyNone.Instance);
        return new PyTuple(items);
    }

    private int GroupArgument(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        Args.Check(args, kw, name, 0, 1);
        return args.Length == 0 ? 0 : GroupNumber(args[0]);
    }

    private PyTuple Span(int g) => PyTuple.Create(PyInt.FromLong(_match.Start(g)), PyInt.FromLong(_match.End(g)));

    private string Repr()
    {
        string text = PyOps.Repr(Group(0, PyNone.Instance));
        var asStr = PyStr.From(text);
        if (asStr.Length > 50) text = asStr.Substring(0, 50).Value;
        return $"<re.Match object; span=({_match.Start(0)}, {_match.End(0)}), match={text}>";
    }

    private static PyType CreateType()
    {
        var t = new PyType("Match", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };
        t.Dict.SetStr("__module__", PyStr.From("re"));
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
            throw PyExc.TypeError("cannot create 're.Match' instances"))));
        t.AddMethod("group", (args, kw) => Self(args[0]).GroupCall(args[1..], kw));
        t.AddMethod("__getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__getitem__", 1, 1, 1);
            var self = Self(args[0]);
            return self.Group(self.GroupNumber(args[1]), PyNone.Instance);
        });
        t.AddMethod("groups", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = ClinicArgs.Parse(args[1..], kw, "groups", ["default"], 0);
            var fallback = a[0] ?? PyNone.Instance;
            var items = new PyObject[self._pattern.Groups];
            for (int g = 1; g <= items.Length; g++) items[g - 1] = self.Group(g, fallback);
            return new PyTuple(items);
        });
        t.AddMethod("groupdict", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = ClinicArgs.Parse(args[1..], kw, "groupdict", ["default"], 0);
            var fallback = a[0] ?? PyNone.Instance;
            var result = new PyDict();
            int position = 0;
            while (self._pattern.GroupIndex.TryGetEntry(ref position, out var name, out var _))
                result.SetItem(name, self.Group(self.GroupNumber(name), fallback));
            return result;
        });
        t.AddMethod("start", (args, kw) =>
        {
            var self = Self(args[0]);
            return PyInt.FromLong(self._match.Start(self.GroupArgument(args[1..], kw, "start")));
        });
        t.AddMethod("end", (args, kw) =>
        {
            var self = Self(args[0]);
            return PyInt.FromLong(self._match.End(self.GroupArgument(args[1..], kw, "end")));
        });
        t.AddMethod("span", (args, kw) =>
        {
            var self = Self(args[0]);
            return self.Span(self.GroupArgument(args[1..], kw, "span"));
        });
        t.AddMethod("expand", (args, kw) =>
        {
            var self = Self(args[0]);
            var a = ClinicArgs.Parse(args[1..], kw, "expand", ["template"], 1);
            // As CPython: the template language lives in re._parser, reached through re._expand.
            var re = Importer.ImportModule("re", ThreadState.Current);
            return PyOps.Call(PyOps.GetAttr(re, PyStr.From("_expand")), [self._pattern, self, a[0]!], null);
        });
        t.AddMethod("__copy__", (args, kw) => { Args.Check(args, kw, "__copy__", 0, 0, 1); return args[0]; });
        t.AddMethod("__deepcopy__", (args, kw) => { Args.Check(args, kw, "__deepcopy__", 1, 1, 1); return args[0]; });
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Self(args[0]).Repr()));
        t.AddClassMethod("__class_getitem__", (args, kw) =>
        {
            Args.Check(args, kw, "__class_getitem__", 1, 1, 1);
            return GenericAliasMethods.Create(args[0], args[1]);
        });
        t.AddGetter("pos", self => PyInt.FromLong(Self(self)._pos));
        t.AddGetter("endpos", self => PyInt.FromLong(Self(self)._endPos));
        t.AddGetter("re", self => Self(self)._pattern);
        t.AddGetter("string", self => Self(self)._subject.Original);
        t.AddGetter("lastindex", self => Self(self)._match.LastIndex is int i ? PyInt.FromLong(i) : PyNone.Instance);
        t.AddGetter("lastgroup", self =>
        {
            var m = Self(self);
            if (m._match.LastIndex is not int i || i >= m._pattern.IndexGroup.Length) return PyNone.Instance;
            return m._pattern.IndexGroup.Items[i];
        });
        t.AddGetter("regs", self =>
        {
            var m = Self(self);
            var spans = new PyObject[m._pattern.Groups + 1];
            for (int g = 0; g < spans.Length; g++) spans[g] = m.Span(g);
            return new PyTuple(spans);
        });
        return t;
    }
}
