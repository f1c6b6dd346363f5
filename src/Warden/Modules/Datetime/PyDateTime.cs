using System.Numerics;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>datetime.datetime</c>: a date and a time of day with an optional tzinfo and the PEP 495
/// <c>fold</c>. Aware values compare, subtract and hash by their UTC instant.
/// </summary>
internal sealed class PyDateTime : PyDate
{
    internal static readonly PyType DateTimeType = CreateType();

    public int Hour { get; }
    public int Minute { get; }
    public int Second { get; }
    public int Microsecond { get; }
    /// <summary>A tzinfo instance or None.</summary>
    public PyObject TzInfo { get; }
    public int Fold { get; }

    public PyDateTime(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
        : base(type, year, month, day)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        TzInfo = tzinfo;
        Fold = fold;
    }

    private PyDateTime With(PyType type, PyObject tzinfo, int fold)
        => new(type, Year, Month, Day, Hour, Minute, Second, Microsecond, tzinfo, fold);

    public static void CheckTimeFields(int hour, int minute, int second, int microsecond, int fold)
    {
        if (hour < 0 || hour > 23) throw PyExc.ValueError("hour must be in 0..23");
        if (minute < 0 || minute > 59) throw PyExc.ValueError("minute must be in 0..59");
        if (second < 0 || second > 59) throw PyExc.ValueError("second must be in 0..59");
        if (microsecond < 0 || microsecond > 999999) throw PyExc.ValueError("microsecond must be in 0..999999");
        if (fold != 0 && fold != 1) throw PyExc.ValueError("fold must be either 0 or 1");
    }

    /// <summary>
    /// A datetime of class <paramref name="type"/>; a Python subclass is called with the eight
    /// positional fields (and fold=1 only when set), as CPython does.
    /// </summary>
    public static PyObject CreateOf(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold = 0)
    {
        if (ReferenceEquals(type, DateTimeType))
        {
            CheckDateFields(year, month, day);
            CheckTimeFields(hour, minute, second, microsecond, fold);
            return new PyDateTime(DateTimeType, year, month, day, hour, minute, second, microsecond, tzinfo, fold);
        }
        PyObject[] args = [PyInt.FromLong(year), PyInt.FromLong(month), PyInt.FromLong(day), PyInt.FromLong(hour),
            PyInt.FromLong(minute), PyInt.FromLong(second), PyInt.FromLong(microsecond), tzinfo];
        if (fold == 0) return PyOps.Call(type, args, null);
        return PyOps.Call(type, [.. args, PyInt.One], new PyTuple([PyStr.From("fold")]));
    }

    /// <summary>self ± delta, keeping the class (a subclass's constructor is called) and the tzinfo.</summary>
    public static PyObject AddDelta(PyDateTime dt, PyTimedelta delta, bool negate)
    {
        BigInteger total = delta.TotalMicroseconds;
        if (negate) total = -total;
        var (y, m, d, h, mi, s, us) = dt.Shift(total);
        return CreateOf(dt.Type, y, m, d, h, mi, s, us, dt.TzInfo);
    }

    /// <summary>The fields <paramref name="microseconds"/> away, or OverflowError outside years 1..9999.</summary>
    private (int, int, int, int, int, int, int) Shift(BigInteger microseconds)
    {
        BigInteger total = TimeOfDayMicroseconds + microseconds;
        var days = PyTimedelta.FloorDivide(total, 86_400_000_000, out var rest);
        BigInteger ordinal = Ordinal + days;
        if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal) throw PyExc.OverflowError("date value out of range");
        var (y, m, d) = CalendarMath.FromOrdinal((int)ordinal);
        long r = (long)rest;
        int us = (int)(r % 1_000_000);
        long seconds = r / 1_000_000;
        return (y, m, d, (int)(seconds / 3600), (int)(seconds / 60 % 60), (int)(seconds % 60), us);
    }

    private long TimeOfDayMicroseconds => (Hour * 3600L + Minute * 60L + Second) * 1_000_000 + Microsecond;

    /// <summary>Microseconds since 0001-01-01T00:00 of the wall time (ignoring any zone).</summary>
    private BigInteger WallMicroseconds => new BigInteger(Ordinal - 1) * 86_400_000_000 + TimeOfDayMicroseconds;

    public PyTimedelta? UtcOffset() => TzCalls.UtcOffset(TzInfo, this);

    public byte[] State(bool withFold)
    {
        return [(byte)(Year >> 8), (byte)(Year & 0xFF), (byte)(Month | (withFold && Fold != 0 ? 0x80 : 0)), (byte)Day,
            (byte)Hour, (byte)Minute, (byte)Second, (byte)(Microsecond >> 16), (byte)((Microsecond >> 8) & 0xFF), (byte)(Microsecond & 0xFF)];
    }

    // ---- construction -------------------------------------------------------------------

    private static readonly string[] s_parameterNames = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

    private static PyObject New(PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length is 1 or 2 && PickleState(args, kwnames, 10, 2, hasFold: true) is { } state)
        {
            var tz = args.Length == 2 ? args[1] : PyNone.Instance;
            if (tz is not PyNone && tz is not PyTzInfo) throw PyExc.TypeError("bad tzinfo state arg");
            return new PyDateTime(type, state[0] << 8 | state[1], state[2] & 0x7F, state[3], state[4], state[5], state[6],
                state[7] << 16 | state[8] << 8 | state[9], tz, state[2] >> 7);
        }
        var a = DatetimeArgs.Parse(args, kwnames, null, s_parameterNames, 3, 8, intParameters: 7);
        int year = DatetimeArgs.ToInt(a[0]!), month = DatetimeArgs.ToInt(a[1]!), day = DatetimeArgs.ToInt(a[2]!);
        int hour = DatetimeArgs.ToInt(a[3], 0), minute = DatetimeArgs.ToInt(a[4], 0), second = DatetimeArgs.ToInt(a[5], 0);
        int microsecond = DatetimeArgs.ToInt(a[6], 0);
        int fold = DatetimeArgs.ToInt(a[8], 0);
        CheckDateFields(year, month, day);
        CheckTimeFields(hour, minute, second, microsecond, fold);
        var tzinfo = DatetimeArgs.CheckTzInfo(a[7]);
        return new PyDateTime(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);
    }

    /// <summary>A datetime from POSIX seconds and microseconds, in local time (tzinfo None) or UTC, then converted by tzinfo.fromutc.</summary>
    private static PyObject FromPosix(PyType type, long seconds, int microseconds, PyObject tzinfo, bool local)
    {
        int year, month, day, hour, minute, second, fold = 0;
        if (local)
        {
            var f = LocalTime.Localtime(seconds);
            (year, month, day, hour, minute, second) = (f.Year, f.Month, f.Day, f.Hour, f.Minute, f.Second);
            // A wall time that occurs twice gets fold=1 the second time (PEP 495).
            long result = LocalTime.UtcToSeconds(year, month, day, hour, minute, second);
            long probe = LocalTime.Local(LocalTime.FromPosix(seconds) - 86400);
            long transition = result - probe - 86400;
            if (transition < 0 && LocalTime.Local(LocalTime.FromPosix(seconds) + transition) == result) fold = 1;
        }
        else
        {
            (year, month, day, hour, minute, second) = LocalTime.UtcFields(seconds);
        }
        var dt = CreateOf(type, year, month, day, hour, minute, second, microseconds, tzinfo, fold);
        if (tzinfo is PyNone) return dt;
        return PyOps.Call(PyOps.GetAttr(tzinfo, PyStr.From("fromutc")), [dt], null);
    }

    private static PyObject FromTimestamp(PyType type, PyObject timestamp, PyObject tzinfo)
    {
        long seconds = Timestamps.ToSeconds(timestamp, MidpointRounding.ToEven, out int microseconds);
        return FromPosix(type, seconds, microseconds, tzinfo, local: tzinfo is PyNone);
    }

    private static (long Seconds, int Microseconds) Now()
    {
        long ticks = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks;
        return (CalendarMath.FloorDiv(ticks, 10_000_000, out long rest), (int)(rest / 10));
    }

    // ---- zones ---------------------------------------------------------------------------

    /// <summary>The local zone at a POSIX instant, as a fixed timezone named like tm_zone.</summary>
    private static PyTimezone LocalTimezoneAt(long posixSeconds)
    {
        var f = LocalTime.Localtime(posixSeconds);
        return PyTimezone.Create(PyTimedelta.FromParts(0, f.GmtOffset, 0), f.ZoneName is PyStr ? f.ZoneName : null);
    }

    private long LocalPosixSeconds()
        => LocalTime.ToPosix(LocalTime.LocalToSeconds(Year, Month, Day, Hour, Minute, Second, Fold));

    private static PyObject AsTimezone(PyDateTime self, PyObject? argument)
    {
        var tzinfo = DatetimeArgs.CheckTzInfo(argument);
        PyObject selfZone = self.TzInfo;
        PyTimedelta? offset = selfZone is PyNone ? null : TzCalls.UtcOffset(selfZone, self);
        if (offset is null)
        {
            selfZone = LocalTimezoneAt(self.LocalPosixSeconds());
            offset = ((PyTimezone)selfZone).Offset;
        }
        if (ReferenceEquals(selfZone, tzinfo)) return self;
        if (AddDelta(self, offset, negate: true) is not PyDateTime utcWall) throw PyExc.TypeError("astimezone: the datetime subclass returned a non-datetime");
        if (tzinfo is PyNone)
        {
            // No target zone: the local zone in effect at that instant.
            long posix = LocalTime.ToPosix((long)PyTimedelta.FloorDivide(utcWall.WallMicroseconds, 1_000_000, out _));
            tzinfo = LocalTimezoneAt(posix);
        }
        var attached = utcWall.With(utcWall.Type, tzinfo, 0);
        return PyOps.Call(PyOps.GetAttr(tzinfo, PyStr.From("fromutc")), [attached], null);
    }

    // ---- comparison and arithmetic --------------------------------------------------------

    /// <summary>PEP 495: an aware time whose offset depends on fold never equals a time in another zone.</summary>
    private bool OffsetDependsOnFold(PyTimedelta? offset)
    {
        if (TzInfo is PyNone or PyTimezone) return false;
        var flipped = TzCalls.UtcOffset(TzInfo, With(Type, TzInfo, 1 - Fold));
        return !SameOffset(flipped, offset);
    }

    private static bool SameOffset(PyTimedelta? a, PyTimedelta? b)
        => a is null ? b is null : b is not null && a.OffsetMicroseconds == b.OffsetMicroseconds;

    private static int? Compare(PyObject left, PyObject right, bool equalityOnly)
    {
        if (left is not PyDateTime self) return null;
        if (right is not PyDateTime other)
        {
            if (right is PyDate)
            {
                if (equalityOnly) return 1;
                throw PyExc.TypeError($"can't compare {left.Type.NativeName} to {right.Type.NativeName}");
            }
            return null;
        }
        if (ReferenceEquals(self.TzInfo, other.TzInfo)) return self.WallMicroseconds.CompareTo(other.WallMicroseconds);
        var offset1 = self.UtcOffset();
        var offset2 = other.UtcOffset();
        if (equalityOnly && (self.OffsetDependsOnFold(offset1) || other.OffsetDependsOnFold(offset2))) return 1;
        if (SameOffset(offset1, offset2)) return self.WallMicroseconds.CompareTo(other.WallMicroseconds);
        if (offset1 is not null && offset2 is not null)
            return (self.WallMicroseconds - offset1.TotalMicroseconds).CompareTo(other.WallMicroseconds - offset2.TotalMicroseconds);
        if (equalityOnly) return 1;
        throw PyExc.TypeError("can't compare offset-naive and offset-aware datetimes");
    }

    private static PyObject Add(PyObject left, PyObject right)
    {
        if (left is PyDateTime dt && right is PyTimedelta delta) return AddDelta(dt, delta, negate: false);
        if (right is PyDateTime dt2 && left is PyTimedelta delta2) return AddDelta(dt2, delta2, negate: false);
        return PyNotImplemented.Instance;
    }

    private static PyObject Subtract(PyObject left, PyObject right)
    {
        if (left is not PyDateTime self) return PyNotImplemented.Instance;
        if (right is PyTimedelta delta) return AddDelta(self, delta, negate: true);
        if (right is not PyDateTime other) return PyNotImplemented.Instance;
        BigInteger difference = self.WallMicroseconds - other.WallMicroseconds;
        if (!ReferenceEquals(self.TzInfo, other.TzInfo))
        {
            var offset1 = self.UtcOffset();
            var offset2 = other.UtcOffset();
            if ((offset1 is null) != (offset2 is null)) throw PyExc.TypeError("can't subtract offset-naive and offset-aware datetimes");
            if (offset1 is not null && offset2 is not null) difference -= offset1.TotalMicroseconds - offset2.TotalMicroseconds;
        }
        return PyTimedelta.FromMicroseconds(difference);
    }

    private long HashValue()
    {
        var self0 = Fold != 0 ? With(Type, TzInfo, 0) : this;
        var offset = self0.UtcOffset();
        if (offset is null) return PyOps.Hash(new PyBytes(self0.State(withFold: false)));
        // CPython hashes timedelta(days=ordinal, seconds, microseconds) - offset: the UTC instant.
        return PyOps.Hash(PyTimedelta.FromMicroseconds(self0.WallMicroseconds + 86_400_000_000 - offset.TotalMicroseconds));
    }

    // ---- text -----------------------------------------------------------------------------

    private string Repr()
    {
        string fields = Microsecond != 0 ? $"{Year}, {Month}, {Day}, {Hour}, {Minute}, {Second}, {Microsecond}"
            : Second != 0 ? $"{Year}, {Month}, {Day}, {Hour}, {Minute}, {Second}"
            : $"{Year}, {Month}, {Day}, {Hour}, {Minute}";
        if (Fold != 0) fields += ", fold=1";
        if (TzInfo is not PyNone) fields += ", tzinfo=" + PyOps.Repr(TzInfo);
        return $"{ReprName}({fields})";
    }

    private string IsoFormat(string separator, string timespec)
        => $"{Year:D4}-{Month:D2}-{Day:D2}{separator}{DatetimeFormatting.FormatTime(Hour, Minute, Second, Microsecond, timespec)}"
            + DatetimeFormatting.OffsetText(TzInfo, this, ":");

    private PyObject TimeTupleWith(int isDst) => TimeTuple(Year, Month, Day, Hour, Minute, Second, isDst);

    // ---- type ------------------------------------------------------------------------------

    private static PyDateTime Self(ReadOnlySpan<PyObject> args) => (PyDateTime)args[0];

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("datetime", DateType,
            "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n");
        t.InstanceFactory = type => new PyDateTime(type, 1, 1, 1, 0, 0, 0, 0, PyNone.Instance, 0);
        DatetimeTypes.SetNew(t, New);
        DatetimeTypes.AddGetter<PyDateTime>(t, "hour", self => PyInt.FromLong(self.Hour));
        DatetimeTypes.AddGetter<PyDateTime>(t, "minute", self => PyInt.FromLong(self.Minute));
        DatetimeTypes.AddGetter<PyDateTime>(t, "second", self => PyInt.FromLong(self.Second));
        DatetimeTypes.AddGetter<PyDateTime>(t, "microsecond", self => PyInt.FromLong(self.Microsecond));
        DatetimeTypes.AddGetter<PyDateTime>(t, "tzinfo", self => self.TzInfo);
        DatetimeTypes.AddGetter<PyDateTime>(t, "fold", self => PyInt.FromLong(self.Fold));

        t.AddClassMethod("now", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "now", ["tz"], 0);
            var tz = DatetimeArgs.CheckTzInfo(a[0]);
            var (seconds, us) = Now();
            return FromPosix((PyType)args[0], seconds, us, tz, local: tz is PyNone);
        });
        t.AddClassMethod("utcnow", (args, kw) =>
        {
            Args.Check(args, kw, "utcnow", 0, 0, 1);
            var (seconds, us) = Now();
            return FromPosix((PyType)args[0], seconds, us, PyNone.Instance, local: false);
        });
        t.AddClassMethod("fromtimestamp", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "fromtimestamp", ["timestamp", "tz"], 1);
            var tz = DatetimeArgs.CheckTzInfo(a[1]);
            return FromTimestamp((PyType)args[0], a[0]!, tz);
        });
        t.AddClassMethod("utcfromtimestamp", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "utcfromtimestamp", 1, 1, 1);
            long seconds = Timestamps.ToSeconds(args[1], MidpointRounding.ToEven, out int us);
            return FromPosix((PyType)args[0], seconds, us, PyNone.Instance, local: false);
        });
        t.AddClassMethod("combine", (args, kw) =>
        {
            // Each argument is type-checked as it is bound, before a later one is found missing.
            var a = DatetimeArgs.Parse(args[1..], kw, "combine", ["date", "time", "tzinfo"], 2, validate: (i, value) =>
            {
                if (i == 0 && value is not PyDate) throw PyExc.TypeError($"combine() argument 1 must be datetime.date, not {value.Type.Name}");
                if (i == 1 && value is not PyTime) throw PyExc.TypeError($"combine() argument 2 must be datetime.time, not {value.Type.Name}");
            });
            var date = (PyDate)a[0]!;
            var time = (PyTime)a[1]!;
            var tz = a[2] is null ? time.TzInfo : DatetimeArgs.CheckTzInfo(a[2]);
            return CreateOf((PyType)args[0], date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second, time.Microsecond, tz, time.Fold);
        });
        t.AddClassMethod("fromisoformat", (args, kw) =>
        {
            Args.Check(args, kw, "fromisoformat", 1, 1, 1);
            if (PyOps.Unwrap(args[1]) is not PyStr text) throw PyExc.TypeError("fromisoformat: argument must be str");
            var ((y, m, d), time) = IsoFormatParser.ParseDateTime(text.Value);
            var tz = IsoFormatParser.TzInfoFor(time.Offset);
            return CreateOf((PyType)args[0], y, m, d, time.Hour, time.Minute, time.Second, time.Microsecond, tz);
        });
        t.AddClassMethod("strptime", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "strptime", 2, 2, 1);
            DatetimeArgs.ToStr(args[1], "strptime", 1);
            DatetimeArgs.ToStr(args[2], "strptime", 2);
            var strptime = Importer.ImportModule("_strptime", ThreadState.Current);
            return PyOps.Call(PyOps.GetAttr(strptime, PyStr.From("_strptime_datetime")), [args[0], args[1], args[2]], null);
        });

        t.AddMethod("date", (args, kw) =>
        {
            Args.Check(args, kw, "date", 0, 0, 1);
            var self = Self(args);
            return new PyDate(DateType, self.Year, self.Month, self.Day);
        });
        t.AddMethod("time", (args, kw) =>
        {
            Args.Check(args, kw, "time", 0, 0, 1);
            var self = Self(args);
            return new PyTime(PyTime.TimeType, self.Hour, self.Minute, self.Second, self.Microsecond, PyNone.Instance, self.Fold);
        });
        t.AddMethod("timetz", (args, kw) =>
        {
            Args.Check(args, kw, "timetz", 0, 0, 1);
            var self = Self(args);
            return new PyTime(PyTime.TimeType, self.Hour, self.Minute, self.Second, self.Microsecond, self.TzInfo, self.Fold);
        });
        t.AddMethod("replace", (args, kw) =>
        {
            var self = Self(args);
            var a = DatetimeArgs.Parse(args[1..], kw, "replace", s_parameterNames, 0, 8);
            int year = DatetimeArgs.ToInt(a[0], self.Year), month = DatetimeArgs.ToInt(a[1], self.Month), day = DatetimeArgs.ToInt(a[2], self.Day);
            int hour = DatetimeArgs.ToInt(a[3], self.Hour), minute = DatetimeArgs.ToInt(a[4], self.Minute), second = DatetimeArgs.ToInt(a[5], self.Second);
            int microsecond = DatetimeArgs.ToInt(a[6], self.Microsecond), fold = DatetimeArgs.ToInt(a[8], self.Fold);
            var tzinfo = a[7] is null ? self.TzInfo : DatetimeArgs.CheckTzInfo(a[7]);
            CheckDateFields(year, month, day);
            CheckTimeFields(hour, minute, second, microsecond, fold);
            return new PyDateTime(self.Type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);
        });
        t.AddMethod("astimezone", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "astimezone", ["tz"], 0);
            return AsTimezone(Self(args), a[0]);
        });
        t.AddMethod("utcoffset", (args, kw) => { Args.Check(args, kw, "utcoffset", 0, 0, 1); return (PyObject?)Self(args).UtcOffset() ?? PyNone.Instance; });
        t.AddMethod("dst", (args, kw) => { Args.Check(args, kw, "dst", 0, 0, 1); return (PyObject?)TzCalls.Dst(Self(args).TzInfo, args[0]) ?? PyNone.Instance; });
        t.AddMethod("tzname", (args, kw) => { Args.Check(args, kw, "tzname", 0, 0, 1); return TzCalls.TzName(Self(args).TzInfo, args[0]) ?? PyNone.Instance; });
        t.AddMethod("timetuple", (args, kw) =>
        {
            Args.Check(args, kw, "timetuple", 0, 0, 1);
            var self = Self(args);
            int isDst = -1;
            if (self.TzInfo is not PyNone && TzCalls.Dst(self.TzInfo, self) is { } dst) isDst = dst.IsZero ? 0 : 1;
            return self.TimeTupleWith(isDst);
        });
        t.AddMethod("utctimetuple", (args, kw) =>
        {
            Args.Check(args, kw, "utctimetuple", 0, 0, 1);
            var self = Self(args);
            if (self.UtcOffset() is { } offset)
            {
                var (y, m, d, h, mi, s, _) = self.Shift(-offset.TotalMicroseconds);
                return TimeTuple(y, m, d, h, mi, s, 0);
            }
            return self.TimeTupleWith(0);
        });
        t.AddMethod("timestamp", (args, kw) =>
        {
            Args.Check(args, kw, "timestamp", 0, 0, 1);
            var self = Self(args);
            if (self.TzInfo is not PyNone && self.UtcOffset() is { } offset)
            {
                var sinceEpoch = self.WallMicroseconds - offset.TotalMicroseconds - new BigInteger(CalendarMath.EpochOrdinal - 1) * 86_400_000_000;
                return PyOps.BinaryOp(PyInt.FromBig(sinceEpoch), PyInt.FromLong(1_000_000), (int)Compiler.BinaryOperator.TrueDivide);
            }
            return new PyFloat(self.LocalPosixSeconds() + self.Microsecond / 1e6);
        });
        t.AddMethod("isoformat", (args, kw) =>
        {
            var a = DatetimeArgs.Parse(args[1..], kw, "isoformat", ["sep", "timespec"], 0);
            string separator = "T";
            if (a[0] is { } sep)
            {
                if (PyOps.Unwrap(sep) is not PyStr s || s.Length != 1)
                    throw PyExc.TypeError($"isoformat() argument 1 must be a unicode character, not {sep.Type.Name}");
                separator = s.Value;
            }
            string timespec = a[1] is { } spec ? DatetimeArgs.ToStr(spec, "isoformat", 2) : "auto";
            return PyStr.From(Self(args).IsoFormat(separator, timespec));
        });
        t.AddMethod("__str__", (args, kw) =>
            PyOps.Call(PyOps.GetAttr(args[0], PyStr.From("isoformat")), [PyStr.From(" ")], null));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(Self(args).Repr()));
        t.AddMethod("ctime", (args, kw) =>
        {
            Args.Check(args, kw, "ctime", 0, 0, 1);
            var self = Self(args);
            return PyStr.From(CTime(self.Year, self.Month, self.Day, self.Hour, self.Minute, self.Second));
        });
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(Self(args).HashValue()));
        DatetimeTypes.AddComparisons(t, (a, b) => Compare(a, b, equalityOnly: false),
            (a, b) => a is PyDateTime && b is PyDate ? Compare(a, b, equalityOnly: true) == 0 : null);
        DatetimeTypes.AddBinary(t, "add", Add);
        DatetimeTypes.AddBinary(t, "sub", Subtract);
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
        t.Dict.SetStr("min", new PyDateTime(t, 1, 1, 1, 0, 0, 0, 0, PyNone.Instance, 0));
        t.Dict.SetStr("max", new PyDateTime(t, 9999, 12, 31, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.Dict.SetStr("resolution", PyTimedelta.Create(0, 0, 1));
        return t;
    }

    private PyObject Reduce(bool withFold)
    {
        var state = new PyBytes(State(withFold));
        return PyTuple.Create(Type, TzInfo is PyNone ? PyTuple.Create(state) : PyTuple.Create(state, TzInfo));
    }
}
