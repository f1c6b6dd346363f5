using System.Diagnostics;
using System.Globalization;
using System.Text;
using Warden.Compiler;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>time</c> module: clocks, <c>sleep</c>, conversion between seconds and
/// <c>struct_time</c> (UTC and the host's local zone), and <c>strftime</c> with the C library's
/// directives in the C locale. <c>strptime</c> delegates to the pure-Python <c>_strptime</c>, as CPython does.
/// </summary>
internal static class TimeModule
{
    private static readonly long s_perfStart = Stopwatch.GetTimestamp();
    private static readonly string[] s_dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] s_monthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("time");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        d.SetStr("struct_time", StructTime.Type);
        // Fields a struct_time holds (sequence and non-sequence); _strptime slices its results to it.
        d.SetStr("_STRUCT_TM_ITEMS", PyInt.FromLong(StructTime.FieldCount));
        Fn("time", (args, kw) => new PyFloat(UnixNanoseconds() / 1e9));
        Fn("time_ns", (args, kw) => PyInt.FromLong(UnixNanoseconds()));
        Fn("monotonic", (args, kw) => new PyFloat(MonotonicNanoseconds() / 1e9));
        Fn("monotonic_ns", (args, kw) => PyInt.FromLong(MonotonicNanoseconds()));
        Fn("perf_counter", (args, kw) => new PyFloat(MonotonicNanoseconds() / 1e9));
        Fn("perf_counter_ns", (args, kw) => PyInt.FromLong(MonotonicNanoseconds()));
        Fn("process_time", (args, kw) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        Fn("process_time_ns", (args, kw) => PyInt.FromLong(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        Fn("thread_time", (args, kw) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.Ticks / 1e7));
        Fn("thread_time_ns", (args, kw) => PyInt.FromLong(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100));
        Fn("sleep", (args, kw) =>
        {
            Args.Check(args, kw, "sleep", 1, 1);
            double seconds = ToSeconds(args[0]);
            if (double.IsNaN(seconds)) throw PyExc.ValueError("Invalid value NaN (not a number)");
            if (seconds < 0) throw PyExc.ValueError("sleep length must be non-negative");
            if (seconds > int.MaxValue / 1000.0) throw PyExc.OverflowError("sleep length is too large");
            InterruptRequests.Sleep(TimeSpan.FromSeconds(seconds)); // Ctrl-C ends the wait at once
            return PyNone.Instance;
        });
        Fn("gmtime", (args, kw) =>
        {
            Args.Check(args, kw, "gmtime", 0, 1);
            return StructTime.FromDateTime(ToDateTime(args, "gmtime"), 0, "GMT", isDst: 0);
        });
        Fn("localtime", (args, kw) =>
        {
            Args.Check(args, kw, "localtime", 0, 1);
            var utc = ToDateTime(args, "localtime");
            var zone = TimeZoneInfo.Local;
            var offset = zone.GetUtcOffset(utc);
            bool dst = zone.IsDaylightSavingTime(utc);
            return StructTime.FromDateTime(utc + offset, (long)offset.TotalSeconds, ZoneName(dst), dst ? 1 : 0);
        });
        Fn("mktime", (args, kw) =>
        {
            Args.Check(args, kw, "mktime", 1, 1);
            var fields = StructTime.Fields(args[0], "mktime");
            var local = new DateTime((int)fields[0], 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                .AddMonths((int)fields[1] - 1).AddDays(fields[2] - 1).AddHours(fields[3]).AddMinutes(fields[4]).AddSeconds(fields[5]);
            var offset = TimeZoneInfo.Local.GetUtcOffset(local);
            return new PyFloat((local - offset - DateTime.UnixEpoch).Ticks / 1e7);
        });
        Fn("asctime", (args, kw) =>
        {
            Args.Check(args, kw, "asctime", 0, 1);
            var fields = args.Length == 0 ? LocalNowFields() : StructTime.Fields(args[0], "asctime");
            return PyStr.From(Asctime(fields));
        });
        Fn("ctime", (args, kw) =>
        {
            Args.Check(args, kw, "ctime", 0, 1);
            var utc = ToDateTime(args, "ctime");
            var local = utc + TimeZoneInfo.Local.GetUtcOffset(utc);
            return PyStr.From(Asctime(StructTime.Fields(StructTime.FromDateTime(local, 0, "", 0), "ctime")));
        });
        Fn("strftime", (args, kw) =>
        {
            Args.Check(args, kw, "strftime", 1, 2);
            if (args[0] is not PyStr format) throw PyExc.TypeError($"strftime() argument 1 must be str, not {args[0].Type.Name}");
            var time = args.Length == 1 ? PyOps.Call(d.TryGetStr("localtime", out var lt) ? lt : throw PyExc.RuntimeError("time.localtime missing"), [], null)
                : args[1];
            return PyStr.From(Strftime(format.Value, time));
        });
        Fn("strptime", (args, kw) =>
        {
            var strptime = Importer.ImportModule("_strptime", ThreadState.Current);
            return PyOps.Call(PyOps.GetAttr(strptime, PyStr.From("_strptime_time")), args, kw);
        });
        Fn("get_clock_info", (args, kw) =>
        {
            Args.Check(args, kw, "get_clock_info", 1, 1);
            string name = (args[0] as PyStr)?.Value ?? throw PyExc.TypeError("get_clock_info() argument 1 must be str");
            var (implementation, monotonic, adjustable, resolution) = name switch
            {
                "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-09),
                "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-09),
                "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-09),
                "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-09),
                _ => throw PyExc.ValueError("unknown clock"),
            };
            return new PyNamespace().With("implementation", PyStr.From(implementation)).With("monotonic", PyInt.FromBool(monotonic))
                .With("adjustable", PyInt.FromBool(adjustable)).With("resolution", new PyFloat(resolution));
        });
        var zone = TimeZoneInfo.Local;
        d.SetStr("timezone", PyInt.FromLong(-(long)zone.BaseUtcOffset.TotalSeconds));
        d.SetStr("altzone", PyInt.FromLong(-(long)(zone.BaseUtcOffset.TotalSeconds + (zone.SupportsDaylightSavingTime ? 3600 : 0))));
        d.SetStr("daylight", PyInt.FromBool(zone.SupportsDaylightSavingTime));
        d.SetStr("tzname", PyTuple.Create(PyStr.From(ZoneName(false)), PyStr.From(ZoneName(zone.SupportsDaylightSavingTime))));
        return module;
    }

    private static string ZoneName(bool dst)
    {
        var zone = TimeZoneInfo.Local;
        if (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime) return "UTC";
        return dst ? zone.DaylightName : zone.StandardName;
    }

    private static long UnixNanoseconds() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long MonotonicNanoseconds()
        => (long)((Stopwatch.GetTimestamp() - s_perfStart) * (1e9 / Stopwatch.Frequency)) + 1_000_000_000;

    private static double ToSeconds(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => (double)i.Big,
        _ => o.Type.Lookup("__float__") is not null ? MathModule.ToDouble(o)
            : throw PyExc.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer"),
    };

    /// <summary>The UTC instant for an optional seconds argument (now when absent or None).</summary>
    private static DateTime ToDateTime(ReadOnlySpan<PyObject> args, string function)
    {
        if (args.Length == 0 || args[0] is PyNone) return DateTime.UtcNow;
        double seconds = args[0] switch
        {
            PyFloat f => f.Value,
            PyInt i => (double)i.Big,
            _ => throw PyExc.TypeError($"'{args[0].Type.Name}' object cannot be interpreted as an integer"),
        };
        if (double.IsNaN(seconds)) throw PyExc.ValueError("Invalid value NaN (not a number)");
        seconds = Math.Floor(seconds);
        if (seconds < -62135596800 || seconds > 253402300799) throw PyExc.OverflowError("timestamp out of range for platform time_t");
        return DateTime.UnixEpoch.AddSeconds(seconds);
    }

    private static long[] LocalNowFields()
    {
        var now = DateTime.UtcNow;
        return StructTime.Fields(StructTime.FromDateTime(now + TimeZoneInfo.Local.GetUtcOffset(now), 0, "", 0), "asctime");
    }

    private static string Asctime(long[] f)
        => $"{s_dayNames[(f[6] % 7 + 7) % 7][..3]} {s_monthNames[Math.Clamp(f[1], 1, 12) - 1][..3]} {f[2],2} {f[3]:00}:{f[4]:00}:{f[5]:00} {f[0]}";

    /// <summary>
    /// <c>%Z</c>: the struct_time's own zone name; without one (a plain 9-tuple, or tm_zone None or
    /// empty) glibc names the local zone's standard or daylight name by tm_isdst, and nothing when
    /// tm_isdst is negative.
    /// </summary>
    private static string ZoneDirective(PyObject time, long isDst)
    {
        if (StructTime.Zone(time) is PyStr { Value.Length: > 0 } zone) return zone.Value;
        if (isDst < 0) return "";
        return ZoneName(isDst != 0 && TimeZoneInfo.Local.SupportsDaylightSavingTime);
    }

    /// <summary>C's strftime in the C locale; unknown directives are copied, as glibc does.</summary>
    private static string Strftime(string format, PyObject time)
    {
        var f = StructTime.Fields(time, "strftime");
        long year = f[0], month = f[1], day = f[2], hour = f[3], minute = f[4], second = f[5], weekday = f[6], yearDay = f[7], isDst = f[8];
        if (month < 0 || month > 12) throw PyExc.ValueError("month out of range");
        if (day < 0 || day > 31) throw PyExc.ValueError("day of month out of range");
        if (hour < 0 || hour > 23) throw PyExc.ValueError("hour out of range");
        if (minute < 0 || minute > 59) throw PyExc.ValueError("minute out of range");
        if (second < 0 || second > 61) throw PyExc.ValueError("seconds out of range");
        if (yearDay < 0 || yearDay > 366) throw PyExc.ValueError("day of year out of range");
        if (weekday < 0) throw PyExc.ValueError("day of week out of range");
        weekday %= 7;
        int m = (int)Math.Max(month, 1) - 1;
        int cWeekday = (int)(weekday + 1) % 7; // C counts from Sunday
        int yday0 = (int)Math.Max(yearDay, 1) - 1;
        var sb = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length) { sb.Append(c); continue; }
            char directive = format[++i];
            switch (directive)
            {
                case 'a': sb.Append(s_dayNames[weekday][..3]); break;
                case 'A': sb.Append(s_dayNames[weekday]); break;
                case 'b': case 'h': sb.Append(s_monthNames[m][..3]); break;
                case 'B': sb.Append(s_monthNames[m]); break;
                case 'c': sb.Append(Asctime(f)); break;
                case 'C': sb.Append((year / 100).ToString("00")); break;
                case 'd': sb.Append(day.ToString("00")); break;
                case 'D': sb.Append($"{month:00}/{day:00}/{year % 100:00}"); break;
                case 'e': sb.Append(day.ToString().PadLeft(2)); break;
                case 'F': sb.Append($"{year}-{month:00}-{day:00}"); break;
                case 'H': sb.Append(hour.ToString("00")); break;
                case 'I': sb.Append((hour % 12 == 0 ? 12 : hour % 12).ToString("00")); break;
                case 'j': sb.Append(Math.Max(yearDay, 1).ToString("000")); break;
                case 'k': sb.Append(hour.ToString().PadLeft(2)); break;
                case 'l': sb.Append((hour % 12 == 0 ? 12 : hour % 12).ToString().PadLeft(2)); break;
                case 'm': sb.Append(month.ToString("00")); break;
                case 'M': sb.Append(minute.ToString("00")); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(hour < 12 ? "AM" : "PM"); break;
                case 'r': sb.Append($"{(hour % 12 == 0 ? 12 : hour % 12):00}:{minute:00}:{second:00} {(hour < 12 ? "AM" : "PM")}"); break;
                case 'R': sb.Append($"{hour:00}:{minute:00}"); break;
                case 'S': sb.Append(second.ToString("00")); break;
                case 't': sb.Append('\t'); break;
                case 'T': case 'X': sb.Append($"{hour:00}:{minute:00}:{second:00}"); break;
                case 'u': sb.Append(weekday + 1); break;
                case 'U': sb.Append(((yday0 + 7 - cWeekday) / 7).ToString("00")); break;
                case 'w': sb.Append(cWeekday); break;
                case 'W': sb.Append(((yday0 + 7 - (int)weekday) / 7).ToString("00")); break;
                case 'x': sb.Append($"{month:00}/{day:00}/{year % 100:00}"); break;
                case 'y': sb.Append((year % 100).ToString("00")); break;
                case 'Y': sb.Append(year); break;
                case 'G': case 'g': case 'V':
                {
                    var date = new DateTime((int)Math.Clamp(year, 1, 9999), 1, 1).AddDays(yday0);
                    int isoYear = ISOWeek.GetYear(date);
                    sb.Append(directive == 'G' ? isoYear.ToString() : directive == 'g' ? (isoYear % 100).ToString("00") : ISOWeek.GetWeekOfYear(date).ToString("00"));
                    break;
                }
                case 'z':
                {
                    if (isDst < 0) break; // glibc writes no offset when daylight saving is unknown
                    long offset = StructTime.GmtOffset(time) is PyInt o ? o.Small : 0;
                    sb.Append(offset < 0 ? '-' : '+').Append((Math.Abs(offset) / 3600).ToString("00")).Append((Math.Abs(offset) % 3600 / 60).ToString("00"));
                    break;
                }
                case 'Z': sb.Append(ZoneDirective(time, isDst)); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(directive); break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>
/// <c>time.struct_time</c>, a struct sequence of nine fields plus the non-sequence attributes
/// <c>tm_zone</c> and <c>tm_gmtoff</c>; helpers read the nine fields from a struct_time or from
/// any 9-tuple, as CPython's time functions accept both.
/// </summary>
internal static class StructTime
{
    private static readonly StructSequence s_definition = StructSequence.Define("time.struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"],
        ["tm_zone", "tm_gmtoff"]);

    /// <summary>The <c>time.struct_time</c> type.</summary>
    public static PyType Type => s_definition.Type;

    /// <summary>Number of fields, sequence and non-sequence (<c>n_fields</c>, 11).</summary>
    public static int FieldCount => s_definition.FieldCount;

    /// <summary>A struct_time for the wall time <paramref name="t"/> (weekday and day of year computed).</summary>
    public static PyObject FromDateTime(DateTime t, long gmtOffset, string zone, int isDst)
    {
        int weekday = ((int)t.DayOfWeek + 6) % 7;
        return s_definition.Create(PyInt.FromLong(t.Year), PyInt.FromLong(t.Month), PyInt.FromLong(t.Day), PyInt.FromLong(t.Hour),
            PyInt.FromLong(t.Minute), PyInt.FromLong(t.Second), PyInt.FromLong(weekday), PyInt.FromLong(t.DayOfYear), PyInt.FromLong(isDst),
            PyStr.From(zone), PyInt.FromLong(gmtOffset));
    }

    /// <summary>
    /// A struct_time of nine values whose zone and offset are None, as <c>time.struct_time(nine_tuple)</c>
    /// makes (what datetime's <c>timetuple()</c> returns).
    /// </summary>
    public static PyObject FromNineFields(ReadOnlySpan<PyObject> values)
    {
        if (values.Length != 9) throw new ArgumentException("struct_time needs nine values", nameof(values));
        return s_definition.Create([.. values, PyNone.Instance, PyNone.Instance]);
    }

    /// <summary>True for an instance of <c>time.struct_time</c>.</summary>
    public static bool IsStructTime(PyObject o) => s_definition.IsInstance(o);

    /// <summary>The nine sequence values of a struct_time.</summary>
    public static PyObject[] Items(PyObject structTime) => s_definition.SequenceOf(structTime).Items;

    /// <summary><c>tm_zone</c> of a struct_time; None for anything else (a plain 9-tuple has no zone).</summary>
    public static PyObject Zone(PyObject o) => IsStructTime(o) ? s_definition.Extra(o, "tm_zone") : PyNone.Instance;

    /// <summary><c>tm_gmtoff</c> of a struct_time; None for anything else.</summary>
    public static PyObject GmtOffset(PyObject o) => IsStructTime(o) ? s_definition.Extra(o, "tm_gmtoff") : PyNone.Instance;

    /// <summary>
    /// The nine fields as integers, from a struct_time or any tuple of nine items (CPython's
    /// <c>gettmarg</c>): other lengths and non-tuples are refused with CPython's messages.
    /// </summary>
    public static long[] Fields(PyObject o, string function)
    {
        if (!o.Type.IsSubtypeOf(TypeObjects.Tuple) || PyOps.Unwrap(o) is not PyTuple tuple)
            throw PyExc.TypeError("Tuple or struct_time argument required");
        if (tuple.Length != 9) throw PyExc.TypeError($"{function}(): illegal time tuple argument");
        var result = new long[9];
        for (int i = 0; i < 9; i++) result[i] = PyOps.AsIndex(tuple.Items[i]);
        return result;
    }
}
