using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary><c>datetime.time</c>: a time of day with an optional tzinfo and the PEP 495 <c>fold</c>.</summary>
internal sealed class PyTime : DatetimeObject
{
    internal static readonly PyType TimeType = CreateType();

    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Microsecond { get; }
    public PyObject TzInfo { get; }
    public int Fold { get; }

    public PyTime(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold) : base(type)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        TzInfo = tzinfo;
        Fold = fold;
    }

    private long DayMicroseconds => (Hour * 3600L + Minute * 60L + Second) * 1_000_000 + Microsecond;

    private PyTimedelta? UtcOffset() => TzCalls.UtcOffset(TzInfo, PyNone.Instance);

    private byte[] State(bool withFold)
        => [(byte)(Hour | (withFold && Fold != 0 ? 0x80 : 0)), (byte)Minute, (byte)Second,
            (byte)(Microsecond >> 16), (byte)((Microsecond >> 8) & 0xFF), (byte)(Microsecond & 0xFF)];

    private static readonly string[] s_parameterNames = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length is 1 or 2 && PyDate.PickleState(args, kwnames, 6, 0, hasFold: true) is { } state)
        {
            var tz = args.Length == 2 ? args[1] : PyNone.Instance;
            if (tz is not PyNone && tz is not PyTzInfo) throw PyExc.TypeError("bad tzinfo state arg");
            return new PyTime(type, state[0] & 0x7F, state[1], state[2], state[3] << 16 | state[4] << 8 | state[5], tz, state[0] >> 7);
        }
        var a = DatetimeArgs.Parse(args, kwnames, null, s_parameterNames, 0, 5, intParameters: 4);
        int hour = DatetimeArgs.ToInt(a[0], 0), minute = DatetimeArgs.ToInt(a[1], 0), second = DatetimeArgs.ToInt(a[2], 0);
        int microsecond = DatetimeArgs.ToInt(a[3], 0), fold = DatetimeArgs.ToInt(a[5], 0);
        PyDateTime.CheckTimeFields(hour, minute, second, microsecond, fold);
        var tzinfo = DatetimeArgs.CheckTzInfo(a[4]);
        return new PyTime(type, hour, minute, second, microsecond, tzinfo, fold);
    }

    private static int? Compare(PyObject left, PyObject right, bool equalityOnly)
    {
        if (left is not PyTime self || right is not PyTime other) return null;
        if (ReferenceEquals(self.TzInfo, other.TzInfo)) return self.DayMicroseconds.CompareTo(other.DayMicroseconds);
        var offset1 = self.UtcOffset();
        var offset2 = other.UtcOffset();
        if (offset1 is null ? offset2 is null : offset2 is not null && offset1.OffsetMicroseconds == offset2.OffsetMicroseconds)
            return self.DayMicroseconds.CompareTo(other.DayMicroseconds);
        if (offset1 is not null && offset2 is not null)
            return (self.DayMicroseconds - offset1.OffsetMicroseconds).CompareTo(other.DayMicroseconds - offset2.OffsetMicroseconds);
        if (equalityOnly) return 1;
        throw PyExc.TypeError("can't compare offset-naive and offset-aware times");
    }

    private long HashValue()
    {
        var self0 = Fold != 0 ? new PyTime(Type, Hour, Minute, Second, Microsecond, TzInfo, 0) : this;
        var offset = self0.UtcOffset();
        if (offset is null) return PyOps.Hash(new PyBytes(self0.State(withFold: false)));
        return PyOps.Hash(PyTimedelta.FromMicroseconds(DayMicroseconds - offset.OffsetMicroseconds));
    }

    private string Repr()
    {
        string fields = Microsecond != 0 ? $"{Hour}, {Minute}, {Second}, {Microsecond}"
            : Second != 0 ? $"{Hour}, {Minute}, {Second}" : $"{Hour}, {Minute}";
        if (Fold != 0) fields += ", fold=1";
        if (TzInfo is not PyNone) fields += ", tzinfo=" + PyOps.Repr(TzInfo);
        return $"{ReprName}({fields})";
    }

    private static PyTime Self(ReadOnlySpan<PyObject> args) => (PyTime)args[0];

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("time", TypeObjects.Object,
            "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n");
        t.InstanceFactory = type => new PyTime(type, 0, 0, 0, 0, PyNone.Instance, 0);
        DatetimeTypes.SetNew(t, New);
        DatetimeTypes.AddGetter<PyTime>(t, "hour", self => PyInt.FromLong(self.Hour));
        DatetimeTypes.AddGetter<PyTime>(t, "minute", self => PyInt.FromLong(self.Minute));
        DatetimeTypes.AddGetter<PyTime>(t, "second", self => PyInt.FromLong(self.Second));
        DatetimeTypes.AddGetter<PyTime>(t, "microsecond", self => PyInt.FromLong(self.Microsecond));
        DatetimeTypes.AddGetter<PyTime>(t, "tzinfo", self => self.TzInfo);
        DatetimeTypes.AddGetter<PyTime>(t, "fold", self => PyInt.FromLong(self.Fold));
        t.AddClassMethod("fromisoformat", (args, kw) =>
        {
            Args.Check(args, kw, "fromisoformat", 1, 1, 1);
            if (PyOps.Unwrap(args[1]) is not PyStr text) throw PyExc.TypeError("fromisoformat: argument must be str");
            var parts = IsoFormatParser.ParseTimeOnly(text.Value);
            var tz = IsoFormatParser.TzInfoFor(parts.Offset);
            var type = (PyType)args[0];
            return DatetimeTypes.Construct(type, TimeType, () =>
            {
                PyDateTime.CheckTimeFields(parts.Hour, parts.Minute, parts.Second, parts.Microsecond, 0);
                return new PyTime(TimeType, parts.Hour, parts.Minute, parts.Second, parts.Microsecond, tz, 0);
            }, PyInt.FromLong(parts.Hour), PyInt.FromLong(parts.Minute), PyInt.FromLong(parts.Second), PyInt.FromLong(parts.Microsecond), tz);
        });
        t.AddMethod("replace", (args, kw) =>
        {
            var self = Self(args);
            var a = DatetimeArgs.Parse(args[1..], kw, "replace", s_parameterNames, 0, 5);
            int hour = DatetimeArgs.ToInt(a[0], self.Hour), minute = DatetimeArgs.ToInt(a[1], self.Minute), second = DatetimeArgs.ToInt(a[2], self.Second);
            int microsecond = DatetimeArgs.ToInt(a[3], self.Microsecond), fold = DatetimeArgs.ToInt(a[5], self.Fold);
            var tzinfo = a[4] is null ? self.TzInfo : DatetimeArgs.CheckTzInfo(a[4]);
            PyDateTime.CheckTimeFields(hour, minute, second, microsecond, fold);
            return new PyTime(self.Type, hour, minute, second, microsecond, tzinfo, fold);
        });
        t.AddMethod("isoformat", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "isoformat", ["timespec"], 0);
            string timespec = a[0] is { } spec ? DatetimeArgs.ToStr(spec, "isoformat", 1) : "auto";
            var self = Self(args);
            return PyStr.From(DatetimeFormatting.FormatTime(self.Hour, self.Minute, self.Second, self.Microsecond, timespec)
                + DatetimeFormatting.OffsetText(self.TzInfo, PyNone.Instance, ":"));
        });
        t.AddMethod("__str__", (args, kw) => PyOps.Call(PyOps.GetAttr(args[0], PyStr.From("isoformat")), [], null));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Self(args).Repr()));
        t.AddMethod("strftime", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "strftime", ["format"], 1);
            string format = DatetimeArgs.ToStr(a[0]!, "strftime", 1);
            var self = Self(args);
            // A time has no date: CPython formats it as of 1900-01-01.
            var tuple = PyDate.TimeTuple(1900, 1, 1, self.Hour, self.Minute, self.Second, -1);
            return DatetimeFormatting.Strftime(format, tuple, self.TzInfo, PyNone.Instance, self.Microsecond);
        });
        t.AddMethod("__format__", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "__format__", 1, 1, 1);
            return DatetimeFormatting.Format(args[0], args[1]);
        });
        t.AddMethod("utcoffset", (args, kw) => { Args.Check(args, kw, "utcoffset", 0, 0, 1); return (PyObject?)Self(args).UtcOffset() ?? PyNone.Instance; });
        t.AddMethod("dst", (args, kw) => { Args.Check(args, kw, "dst", 0, 0, 1); return (PyObject?)TzCalls.Dst(Self(args).TzInfo, PyNone.Instance) ?? PyNone.Instance; });
        t.AddMethod("tzname", (args, kw) => { Args.Check(args, kw, "tzname", 0, 0, 1); return TzCalls.TzName(Self(args).TzInfo, PyNone.Instance) ?? PyNone.Instance; });
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(Self(args).HashValue()));
        DatetimeTypes.AddComparisons(t, (a, b) => Compare(a, b, equalityOnly: false),
            (a, b) => a is PyTime && b is PyTime ? Compare(a, b, equalityOnly: true) == 0 : null);
        t.AddMethod("__reduce_ex__", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "__reduce_ex__", 1, 1, 1);
            return Self(args).Reduce(DatetimeArgs.ToInt(args[1]) > 3);
        });
        t.AddMethod("__reduce__", (args, kw) =>
        {
            DatetimeArgs.NoArguments(args, kw, "__reduce__");
            return Self(args).Reduce(withFold: false);
        });
        t.Dict.SetStr("min", new PyTime(t, 0, 0, 0, 0, PyNone.Instance, 0));
        t.Dict.SetStr("max", new PyTime(t, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.Dict.SetStr("resolution", PyTimedelta.Create(0, 0, 1));
        return t;
    }

    private PyObject Reduce(bool withFold)
    {
        var state = new PyBytes(State(withFold));
        return PyTuple.Create(Type, TzInfo is PyNone ? PyTuple.Create(state) : PyTuple.Create(state, TzInfo));
    }
}
