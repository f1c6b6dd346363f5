using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Datetime;

/// <summary>
/// The host's local time zone, reached through the <c>time</c> module's <c>localtime</c> (CPython
/// calls the C library's localtime_r the same way), so both modules agree on zone rules and names.
/// </summary>
internal static class LocalTime
{
    /// <summary>Broken-down local time of a POSIX timestamp.</summary>
    public readonly record struct Fields(int Year, int Month, int Day, int Hour, int Minute, int Second, long GmtOffset, PyObject ZoneName);

    // The instants whose local calendar date is certainly within years 1..9999 whatever the zone.
    private const long SafeEarliest = -62135596800 + 86400, SafeLatest = 253402300799 - 86400;

    public static Fields Localtime(long seconds)
    {
        if (seconds >= SafeEarliest && seconds <= SafeLatest)
        {
            var st = LocaltimeOf(seconds);
            var v = StructTime.Items(st);
            long offset = StructTime.GmtOffset(st) is PyInt g ? (long)g.Big : 0;
            return new Fields((int)PyOps.AsIndex(v[0]), (int)PyOps.AsIndex(v[1]), (int)PyOps.AsIndex(v[2]), (int)PyOps.AsIndex(v[3]),
                (int)PyOps.AsIndex(v[4]), Math.Min(59, (int)PyOps.AsIndex(v[5])), offset, StructTime.Zone(st));
        }
        // Near or beyond the ends of the calendar the zone's rules are those of the nearest instant
        // the host can convert; the wall time is then computed here (CPython's localtime_r has no
        // such limit, so only years outside 1..9999 are errors, reported as CPython reports them).
        var nearest = LocaltimeOf(Math.Clamp(seconds, SafeEarliest, SafeLatest));
        long gmtOffset = StructTime.GmtOffset(nearest) is PyInt n ? (long)n.Big : 0;
        var (year, month, day, hour, minute, second) = UtcFields(seconds + gmtOffset);
        return new Fields(year, month, day, hour, minute, second, gmtOffset, StructTime.Zone(nearest));
    }

    private static PyObject LocaltimeOf(long seconds)
    {
        var time = Importer.ImportModule("time", ThreadState.Current);
        var result = PyOps.Call(PyOps.GetAttr(time, PyStr.From("localtime")), [PyInt.FromLong(seconds)], null);
        return StructTime.IsStructTime(result) ? result : throw PyExc.TypeError("time.localtime() did not return a struct_time");
    }

    /// <summary>
    /// The calendar fields of POSIX seconds read as UTC (gmtime): ValueError for years outside
    /// 1..9999, OSError(EOVERFLOW) when the year does not even fit a C int, as glibc reports.
    /// </summary>
    public static (int Year, int Month, int Day, int Hour, int Minute, int Second) UtcFields(long seconds)
    {
        long days = CalendarMath.FloorDiv(seconds, 86400, out long rest);
        long ordinal = days + CalendarMath.EpochOrdinal;
        if (ordinal < 1 || ordinal > CalendarMath.MaxOrdinal)
        {
            long year = YearOfPosix(seconds);
            if (year - 1900 > int.MaxValue || year - 1900 < int.MinValue)
                throw new PythonException((PyBaseException)PyOps.Call(TypeObjects.OSError,
                    [PyInt.FromLong(75), PyStr.From("Value too large for defined data type")], null));
            throw PyExc.ValueError($"year {year} is out of range");
        }
        var (y, m, d) = CalendarMath.FromOrdinal((int)ordinal);
        return (y, m, d, (int)(rest / 3600), (int)(rest / 60 % 60), (int)(rest % 60));
    }

    /// <summary>The (proleptic) year of a POSIX time outside the datetime range, for error messages.</summary>
    public static long YearOfPosix(long seconds)
    {
        long ordinal = CalendarMath.FloorDiv(seconds, 86400, out _) + CalendarMath.EpochOrdinal;
        if (ordinal >= 1 && ordinal <= int.MaxValue) return CalendarMath.FromOrdinal((int)ordinal).Year;
        return (long)Math.Floor((ordinal - 1) / 365.2425) + 1;
    }

    private const long MaxFoldSeconds = 86400;
    private const long EpochSeconds = (CalendarMath.EpochOrdinal - 1) * 86400;

    /// <summary>Seconds since 0001-01-01 of a calendar time read as UTC.</summary>
    public static long UtcToSeconds(int year, int month, int day, int hour, int minute, int second)
        => (CalendarMath.ToOrdinal(year, month, day) - 1L) * 86400 + hour * 3600L + minute * 60L + second;

    /// <summary>Local wall time (as seconds since 0001-01-01) at the instant <paramref name="u"/> (same scale).</summary>
    public static long Local(long u)
    {
        var f = Localtime(u - EpochSeconds);
        return UtcToSeconds(f.Year, f.Month, f.Day, f.Hour, f.Minute, f.Second);
    }

    /// <summary>
    /// The instant (seconds since 0001-01-01) whose local wall time is the given one; in a
    /// repeated hour <paramref name="fold"/> picks the later instant, in a gap the result follows
    /// PEP 495 (the offset before or after the transition).
    /// </summary>
    public static long LocalToSeconds(int year, int month, int day, int hour, int minute, int second, int fold)
    {
        long t = UtcToSeconds(year, month, day, hour, minute, second);
        // Solve local(u) == t: first guess with the offset at t, then check the other offset.
        long a = Local(t) - t;
        long u1 = t - a;
        long t1 = Local(u1);
        long b;
        if (t1 == t)
        {
            long u2Probe = fold != 0 ? u1 + MaxFoldSeconds : u1 - MaxFoldSeconds;
            b = Local(u2Probe) - u2Probe;
            if (a == b) return u1;
        }
        else
        {
            b = t1 - u1;
        }
        long u2 = t - b;
        long t2 = Local(u2);
        if (t2 == t) return u2;
        if (t1 == t) return u1;
        // t lies in a gap: neither offset gives it back.
        return fold != 0 ? Math.Min(u1, u2) : Math.Max(u1, u2);
    }

    /// <summary>POSIX seconds from seconds since 0001-01-01.</summary>
    public static long ToPosix(long secondsSinceYear1) => secondsSinceYear1 - EpochSeconds;

    public static long FromPosix(long posixSeconds) => posixSeconds + EpochSeconds;
}
