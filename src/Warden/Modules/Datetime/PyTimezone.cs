using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary><c>datetime.timezone</c>: a fixed offset from UTC with an optional name.</summary>
internal sealed class PyTimezone : PyTzInfo
{
    internal static readonly PyType TimezoneType = CreateType();
    public static readonly PyTimezone Utc = new(PyTimedelta.Zero, null);

    public PyTimedelta Offset { get; }
    /// <summary>The explicit name, or null when the name is derived from the offset.</summary>
    public PyObject? Name { get; }

    private PyTimezone(PyTimedelta offset, PyObject? name) : base(TimezoneType)
    {
        Offset = offset;
        Name = name;
    }

    /// <summary>A timezone for <paramref name="offset"/> (the shared UTC object when unnamed and zero).</summary>
    public static PyTimezone Create(PyTimedelta offset, PyObject? name = null)
    {
        if (name is null && offset.IsZero) return Utc;
        if (!IsValidOffset(offset))
            throw PyExc.ValueError($"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {offset.ToReprString()}.");
        return new PyTimezone(offset, name);
    }

    /// <summary>Strictly between -24 and +24 hours.</summary>
    public static bool IsValidOffset(PyTimedelta offset)
        => !((offset.Days == -1 && offset.Seconds == 0 && offset.Microseconds < 1) || offset.Days < -1 || offset.Days >= 1);

    /// <summary>"UTC", or "UTC+HH:MM" with seconds and microseconds when present.</summary>
    public string TzName()
    {
        if (Name is not null) return ((PyStr)PyOps.Unwrap(Name)).Value;
        if (ReferenceEquals(this, Utc) || Offset.IsZero) return "UTC";
        return "UTC" + DatetimeFormatting.FormatOffset(Offset, ":");
    }

    private static void CheckDatetimeArgument(PyObject dt, string method)
    {
        if (dt is not PyDateTime && dt is not PyNone)
            throw PyExc.TypeError($"{method}(dt) argument must be a datetime instance or None, not {dt.Type.Name}");
    }

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("timezone", PyTzInfo.TzInfoType, "Fixed offset from UTC implementation of tzinfo.");
        t.IsFinal = true;
        DatetimeTypes.SetNew(t, (type, args, kw) =>
        {
            var a = ClinicArgs.Parse(args, kw, "timezone", ["offset", "name"], 1);
            if (a[0] is not PyTimedelta offset)
                throw PyExc.TypeError($"timezone() argument 1 must be datetime.timedelta, not {a[0]!.Type.Name}");
            PyObject? name = a[1];
            if (name is not null && PyOps.Unwrap(name) is not PyStr)
                throw PyExc.TypeError($"timezone() argument 2 must be str, not {name.Type.Name}");
            return Create(offset, name);
        });
        t.AddMethod("utcoffset", (args, kw) =>
        {
            Args.Check(args, kw, "utcoffset", 1, 1, 1);
            CheckDatetimeArgument(args[1], "utcoffset");
            return ((PyTimezone)args[0]).Offset;
        });
        t.AddMethod("dst", (args, kw) =>
        {
            Args.Check(args, kw, "dst", 1, 1, 1);
            CheckDatetimeArgument(args[1], "dst");
            return PyNone.Instance;
        });
        t.AddMethod("tzname", (args, kw) =>
        {
            Args.Check(args, kw, "tzname", 1, 1, 1);
            CheckDatetimeArgument(args[1], "tzname");
            var self = (PyTimezone)args[0];
            return self.Name ?? PyStr.From(self.TzName());
        });
        t.AddMethod("fromutc", (args, kw) =>
        {
            Args.Check(args, kw, "fromutc", 1, 1, 1);
            if (args[1] is not PyDateTime dt) throw PyExc.TypeError("fromutc: argument must be a datetime");
            if (!ReferenceEquals(dt.TzInfo, args[0])) throw PyExc.ValueError("fromutc: dt.tzinfo is not self");
            return PyDateTime.AddDelta(dt, ((PyTimezone)args[0]).Offset, negate: false);
        });
        t.AddMethod("__getinitargs__", (args, kw) =>
        {
            DatetimeArgs.NoArguments(args, kw, "__getinitargs__");
            var self = (PyTimezone)args[0];
            return self.Name is null ? PyTuple.Create(self.Offset) : PyTuple.Create(self.Offset, self.Name);
        });
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyTimezone)args[0];
            if (ReferenceEquals(self, Utc)) return PyStr.From("datetime.timezone.utc");
            string offset = self.Offset.ToReprString();
            return PyStr.From(self.Name is null ? $"datetime.timezone({offset})" : $"datetime.timezone({offset}, {PyOps.Repr(self.Name)})");
        });
        t.AddMethod("__str__", (args, kw) => PyStr.From(((PyTimezone)args[0]).TzName()));
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(((PyTimezone)args[0]).Offset)));
        DatetimeTypes.AddComparisons(t, (a, b) => null, (a, b) =>
            a is PyTimezone x && b is PyTimezone y ? x.Offset.OffsetMicroseconds == y.Offset.OffsetMicroseconds : null);
        return t;
    }

    /// <summary>Class attributes that need the type and the UTC singleton to exist first.</summary>
    internal static void AddClassAttributes()
    {
        TimezoneType.SetAttribute("utc", Utc);
        TimezoneType.SetAttribute("min", new PyTimezone(PyTimedelta.FromParts(0, -(23 * 3600 + 59 * 60), 0), null));
        TimezoneType.SetAttribute("max", new PyTimezone(PyTimedelta.FromParts(0, 23 * 3600 + 59 * 60, 0), null));
    }
}
