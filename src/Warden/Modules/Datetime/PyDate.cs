using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>datetime.date</c>: a proleptic Gregorian date. <see cref="PyDateTime"/> derives from it,
/// as <c>datetime</c> subclasses <c>date</c> in Python.
/// </summary>
internal class PyDate : DatetimeObject
{
    internal static readonly PyType DateType = CreateType();

    public int Year { get; }
    public int Month { get; }
    public int Day { get; }

    public PyDate(PyType type, int year, int month, int day) : base(type)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Ordinal => CalendarMath.ToOrdinal(Year, Month, Day);

    public static void CheckDateFields(int year, int month, int day)
    {
        if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear) throw PyExc.ValueError($"year {year} is out of range");
        if (month < 1 || month > 12) throw PyExc.ValueError("month must be in 1..12");
        if (day < 1 || day > CalendarMath.DaysInMonth(year, month)) throw PyExc.ValueError("day is out of range for month");
    }

    /// <summary>A date of class <paramref name="type"/> (a subclass is called with (year, month, day)).</summary>
    public static PyObject CreateOf(PyType type, int year, int month, int day)
        => DatetimeTypes.Construct(type, DateType, () =>
        {
            CheckDateFields(year, month, day);
            return new PyDate(DateType, year, month, day);
        }, PyInt.FromLong(year), PyInt.FromLong(month), PyInt.FromLong(day));

    public string IsoFormat() => $"{Year:D4}-{Month:D2}-{Day:D2}";

    public byte[] DateState() => [(byte)(Year >> 8), (byte)(Year & 0xFF), (byte)Month, (byte)Day];

    /// <summary>(year, month, day) compared as a tuple.</summary>
    protected int CompareDate(PyDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0) c = Month.CompareTo(other.Month);
        if (c == 0) c = Day.CompareTo(other.Day);
        return c;
    }

    /// <summary>The (year, month, day) a number of days away, or OverflowError outside 1..9999.</summary>
    public (int Year, int Month, int Day) ShiftDays(long days)
    {
        long ordinal = Ordinal + days;
        if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal) throw PyExc.OverflowError("date value out of range");
        return CalendarMath.FromOrdinal((int)ordinal);
    }

    /// <summary>
    /// Reads a pickled state (bytes, or a str of latin-1 characters) of <paramref name="size"/> bytes
    /// when the byte at <paramref name="checkedIndex"/> is a plausible month (date, datetime) or hour (time);
    /// <paramref name="hasFold"/> says that byte's high bit carries the fold (datetime and time states).
    /// </summary>
    internal static byte[]? PickleState(ReadOnlySpan<PyObject> args, PyTuple? kwnames, int size, int checkedIndex, bool hasFold)
    {
        if (args.Length < 1 || args.Length > 2 || (kwnames?.Length ?? 0) > 0) return null;
        byte[]? bytes = PyOps.Unwrap(args[0]) switch
        {
            PyBytes b when b.Value.Length == size => b.Value,
            PyStr s when s.Value.Length == size && s.Value.All(ch => ch < 256) => s.Value.Select(ch => (byte)ch).ToArray(),
            _ => null,
        };
        if (bytes is null) return null;
        int field = hasFold ? bytes[checkedIndex] & 0x7F : bytes[checkedIndex];
        bool plausible = checkedIndex == 0 ? field < 24 : field is >= 1 and <= 12;
        return plausible ? bytes : null;
    }

    private static readonly string[] s_parameterNames = ["year", "month", "day"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 1 && PickleState(args, kwnames, 4, 2, hasFold: false) is { } state)
            return new PyDate(type, state[0] << 8 | state[1], state[2], state[3]);
        var a = DatetimeArgs.Parse(args, kwnames, null, s_parameterNames, 3, intParameters: 3);
        int year = DatetimeArgs.ToInt(a[0]!), month = DatetimeArgs.ToInt(a[1]!), day = DatetimeArgs.ToInt(a[2]!);
        CheckDateFields(year, month, day);
        return new PyDate(type, year, month, day);
    }

    private static PyObject Add(PyObject left, PyObject right)
    {
        if (left is PyDateTime || right is PyDateTime) return PyNotImplemented.Instance;
        if (left is PyDate date && right is PyTimedelta delta) return AddDays(date, delta.Days);
        if (right is PyDate date2 && left is PyTimedelta delta2) return AddDays(date2, delta2.Days);
        return PyNotImplemented.Instance;
    }

    private static PyObject Subtract(PyObject left, PyObject right)
    {
        if (left is PyDateTime || right is PyDateTime) return PyNotImplemented.Instance;
        if (left is not PyDate date) return PyNotImplemented.Instance;
        if (right is PyDate other) return PyTimedelta.Create(date.Ordinal - other.Ordinal, 0, 0);
        if (right is PyTimedelta delta) return AddDays(date, -(long)delta.Days);
        return PyNotImplemented.Instance;
    }

    private static PyObject AddDays(PyDate date, long days)
    {
        var (y, m, d) = date.ShiftDays(days);
        return CreateOf(date.Type, y, m, d);
    }

    /// <summary>Local date of a POSIX timestamp (seconds, floored).</summary>
    private static PyObject FromTimestamp(PyType type, PyObject timestamp)
    {
        long seconds = Timestamps.ToSeconds(timestamp, MidpointRounding.ToNegativeInfinity, out _);
        var local = LocalTime.Localtime(seconds);
        return CreateOf(type, local.Year, local.Month, local.Day);
    }

    internal static PyObject TimeTuple(int year, int month, int day, int hour, int minute, int second, int isDst)
    {
        int weekday = CalendarMath.Weekday(year, month, day);
        int yearDay = CalendarMath.DaysBeforeMonth(year, month) + day;
        PyObject[] values = [PyInt.FromLong(year), PyInt.FromLong(month), PyInt.FromLong(day), PyInt.FromLong(hour),
            PyInt.FromLong(minute), PyInt.FromLong(second), PyInt.FromLong(weekday), PyInt.FromLong(yearDay), PyInt.FromLong(isDst)];
        return StructTime.FromNineFields(values);
    }

    internal static string CTime(int year, int month, int day, int hour, int minute, int second)
    {
        int weekday = CalendarMath.Weekday(year, month, day);
        return $"{CalendarMath.DayAbbreviations[weekday]} {CalendarMath.MonthAbbreviations[month]} {day,2} {hour:D2}:{minute:D2}:{second:D2} {year:D4}";
    }

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("date", TypeObjects.Object, "date(year, month, day) --> date object");
        t.InstanceFactory = type => new PyDate(type, 1, 1, 1);
        DatetimeTypes.SetNew(t, New);
        DatetimeTypes.AddGetter<PyDate>(t, "year", self => PyInt.FromLong(self.Year));
        DatetimeTypes.AddGetter<PyDate>(t, "month", self => PyInt.FromLong(self.Month));
        DatetimeTypes.AddGetter<PyDate>(t, "day", self => PyInt.FromLong(self.Day));

        t.AddClassMethod("today", (args, kw) =>
        {
            Args.Check(args, kw, "today", 0, 0, 1);
            var now = new PyFloat((DateTime.UtcNow - DateTime.UnixEpoch).Ticks / 1e7);
            return PyOps.Call(PyOps.GetAttr(args[0], PyStr.From("fromtimestamp")), [now], null);
        });
        t.AddClassMethod("fromtimestamp", (args, kw) =>
        {
            Args.Check(args, kw, "fromtimestamp", 1, 1, 1);
            return FromTimestamp((PyType)args[0], args[1]);
        });
        t.AddClassMethod("fromordinal", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "fromordinal", 1, 1, 1);
            int ordinal = DatetimeArgs.ToInt(args[1]);
            if (ordinal < 1) throw PyExc.ValueError("ordinal must be >= 1");
            if (ordinal > CalendarMath.MaxOrdinal) throw PyExc.ValueError($"year {CalendarMath.FromOrdinal(ordinal).Year} is out of range");
            var (y, m, d) = CalendarMath.FromOrdinal(ordinal);
            return CreateOf((PyType)args[0], y, m, d);
        });
        t.AddClassMethod("fromisoformat", (args, kw) =>
        {
            Args.Check(args, kw, "fromisoformat", 1, 1, 1);
            if (PyOps.Unwrap(args[1]) is not PyStr text) throw PyExc.TypeError("fromisoformat: argument must be str");
            var (y, m, d) = IsoFormatParser.ParseDateOnly(text.Value);
            return CreateOf((PyType)args[0], y, m, d);
        });
        t.AddClassMethod("fromisocalendar", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "fromisocalendar", ["year", "week", "day"], 3);
            var (y, m, d) = IsoFormatParser.FromIsoCalendar(DatetimeArgs.ToInt(a[0]!), DatetimeArgs.ToInt(a[1]!), DatetimeArgs.ToInt(a[2]!));
            return CreateOf((PyType)args[0], y, m, d);
        });

        t.AddMethod("toordinal", (args, kw) => { Args.Check(args, kw, "toordinal", 0, 0, 1); return PyInt.FromLong(((PyDate)args[0]).Ordinal); });
        t.AddMethod("weekday", (args, kw) =>
        {
            Args.Check(args, kw, "weekday", 0, 0, 1);
            var self = (PyDate)args[0];
            return PyInt.FromLong(CalendarMath.Weekday(self.Year, self.Month, self.Day));
        });
        t.AddMethod("isoweekday", (args, kw) =>
        {
            Args.Check(args, kw, "isoweekday", 0, 0, 1);
            var self = (PyDate)args[0];
            return PyInt.FromLong(CalendarMath.Weekday(self.Year, self.Month, self.Day) + 1);
        });
        t.AddMethod("isocalendar", (args, kw) =>
        {
            Args.Check(args, kw, "isocalendar", 0, 0, 1);
            var self = (PyDate)args[0];
            var (y, w, d) = CalendarMath.IsoCalendar(self.Year, self.Month, self.Day);
            return IsoCalendarDate.Create(y, w, d);
        });
        t.AddMethod("isoformat", (args, kw) => { Args.Check(args, kw, "isoformat", 0, 0, 1); return PyStr.From(((PyDate)args[0]).IsoFormat()); });
        t.AddMethod("__str__", (args, kw) => PyOps.Call(PyOps.GetAttr(args[0], PyStr.From("isoformat")), [], null));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var self = (PyDate)args[0];
            return PyStr.From($"{self.ReprName}({self.Year}, {self.Month}, {self.Day})");
        });
        t.AddMethod("ctime", (args, kw) =>
        {
            Args.Check(args, kw, "ctime", 0, 0, 1);
            var self = (PyDate)args[0];
            return PyStr.From(CTime(self.Year, self.Month, self.Day, 0, 0, 0));
        });
        t.AddMethod("timetuple", (args, kw) =>
        {
            Args.Check(args, kw, "timetuple", 0, 0, 1);
            var self = (PyDate)args[0];
            return TimeTuple(self.Year, self.Month, self.Day, 0, 0, 0, -1);
        });
        t.AddMethod("strftime", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "strftime", ["format"], 1);
            string format = DatetimeArgs.ToStr(a[0]!, "strftime", 1);
            var self = (PyDate)args[0];
            var tuple = PyOps.Call(PyOps.GetAttr(self, PyStr.From("timetuple")), [], null);
            // One wrapper serves date and datetime: only a datetime has a zone and microseconds.
            return self is PyDateTime dt
                ? DatetimeFormatting.Strftime(format, tuple, dt.TzInfo, dt, dt.Microsecond)
                : DatetimeFormatting.Strftime(format, tuple, PyNone.Instance, PyNone.Instance, 0);
        });
        t.AddMethod("__format__", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "__format__", 1, 1, 1);
            return DatetimeFormatting.Format(args[0], args[1]);
        });
        t.AddMethod("replace", (args, kw) =>
        {
            var self = (PyDate)args[0];
            var a = DatetimeArgs.Parse(args[1..], kw, "replace", s_parameterNames, 0);
            int y = DatetimeArgs.ToInt(a[0], self.Year), m = DatetimeArgs.ToInt(a[1], self.Month), d = DatetimeArgs.ToInt(a[2], self.Day);
            CheckDateFields(y, m, d);
            return new PyDate(self.Type, y, m, d);
        });
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyOps.Hash(new PyBytes(((PyDate)args[0]).DateState()))));
        DatetimeTypes.AddComparisons(t, (a, b) => a is PyDate x && b is PyDate y ? x.CompareDate(y) : null);
        DatetimeTypes.AddBinary(t, "add", Add);
        DatetimeTypes.AddBinary(t, "sub", Subtract);
        t.AddMethod("__reduce__", (args, kw) =>
        {
            DatetimeArgs.NoArguments(args, kw, "__reduce__");
            var self = (PyDate)args[0];
            return PyTuple.Create(self.Type, PyTuple.Create(new PyBytes(self.DateState())));
        });
        t.Dict.SetStr("min", new PyDate(t, 1, 1, 1));
        t.Dict.SetStr("max", new PyDate(t, 9999, 12, 31));
        t.Dict.SetStr("resolution", PyTimedelta.Create(1, 0, 0));
        return t;
    }
}
