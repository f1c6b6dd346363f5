using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// The ISO 8601 forms Python 3.11's <c>fromisoformat</c> methods accept: calendar and week dates
/// (extended or basic), times with optional ':' separators and a '.'/',' fraction of any length
/// (extra digits ignored), and 'Z' or ±HH[:MM[:SS[.ffffff]]] offsets.
/// </summary>
internal static class IsoFormatParser
{
    public static PythonException Invalid(string text) => PyExc.ValueError($"Invalid isoformat string: {PyOps.Repr(PyStr.From(text))}");

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool TryDigits(string s, ref int pos, int end, int count, out int value)
    {
        value = 0;
        if (pos + count > end) return false;
        for (int i = 0; i < count; i++)
        {
            char c = s[pos + i];
            if (!IsDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        pos += count;
        return true;
    }

    /// <summary><c>date.fromisoformat</c>: a date of 7, 8 or 10 characters.</summary>
    public static (int Year, int Month, int Day) ParseDateOnly(string text)
    {
        if (text.Length is 7 or 8 or 10 && TryParseDate(text, 0, text.Length, out var date)) return date;
        throw Invalid(text);
    }

    private static bool TryParseDate(string s, int start, int end, out (int, int, int) date)
    {
        date = default;
        int pos = start;
        if (!TryDigits(s, ref pos, end, 4, out int year)) return false;
        bool extended = pos < end && s[pos] == '-';
        if (extended) pos++;
        if (pos < end && s[pos] == 'W')
        {
            pos++;
            if (!TryDigits(s, ref pos, end, 2, out int week)) return false;
            int day = 1;
            if (pos < end)
            {
                if (extended && s[pos++] != '-') return false;
                if (!TryDigits(s, ref pos, end, 1, out day)) return false;
            }
            if (pos != end) return false;
            if (!TryIsoToOrdinal(year, week, day, out int ordinal) || ordinal < 1 || ordinal > CalendarMath.MaxOrdinal) return false;
            date = CalendarMath.FromOrdinal(ordinal);
            return true;
        }
        if (!TryDigits(s, ref pos, end, 2, out int month)) return false;
        if (extended && (pos >= end || s[pos++] != '-')) return false;
        if (!TryDigits(s, ref pos, end, 2, out int dayOfMonth)) return false;
        if (pos != end) return false;
        date = (year, month, dayOfMonth);
        return true;
    }

    private static bool TryIsoToOrdinal(int year, int week, int day, out int ordinal)
    {
        ordinal = 0;
        if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear) return false;
        if (!IsValidWeek(year, week) || day < 1 || day > 7) return false;
        ordinal = CalendarMath.IsoWeek1Monday(year) + (week - 1) * 7 + day - 1;
        return true;
    }

    private static bool IsValidWeek(int year, int week)
    {
        if (week >= 1 && week <= 52) return true;
        if (week != 53) return false;
        // Years that start on a Thursday, or leap years that start on a Wednesday, have 53 weeks.
        int firstWeekday = CalendarMath.Weekday(year, 1, 1);
        return firstWeekday == 3 || (firstWeekday == 2 && CalendarMath.IsLeap(year));
    }

    /// <summary><c>date.fromisocalendar</c> with its messages; the result may still be out of range.</summary>
    public static (int Year, int Month, int Day) FromIsoCalendar(int year, int week, int day)
    {
        if (year < CalendarMath.MinYear || year > CalendarMath.MaxYear) throw PyExc.ValueError($"Year is out of range: {year}");
        if (!IsValidWeek(year, week)) throw PyExc.ValueError($"Invalid week: {week}");
        if (day < 1 || day > 7) throw PyExc.ValueError($"Invalid day: {day} (range is [1, 7])");
        int ordinal = CalendarMath.IsoWeek1Monday(year) + (week - 1) * 7 + day - 1;
        if (ordinal > CalendarMath.MaxOrdinal) return (CalendarMath.MaxYear + 1, 1, 1);
        if (ordinal < 1) return (0, 1, 1);
        return CalendarMath.FromOrdinal(ordinal);
    }

    /// <summary>A parsed time of day; <see cref="Offset"/> is null for a naive time, else (seconds, microseconds).</summary>
    public readonly record struct TimeParts(int Hour, int Minute, int Second, int Microsecond, (long Seconds, int Microseconds)? Offset);

    /// <summary><c>time.fromisoformat</c>: an optional leading 'T', then a time.</summary>
    public static TimeParts ParseTimeOnly(string text)
    {
        int start = text.Length > 0 && text[0] == 'T' ? 1 : 0;
        if (TryParseTime(text, start, text.Length, out var parts)) return parts;
        throw Invalid(text);
    }

    /// <summary><c>datetime.fromisoformat</c>: a date, then any one character and a time.</summary>
    public static ((int Year, int Month, int Day) Date, TimeParts Time) ParseDateTime(string text)
    {
        int dateLength = DateLength(text);
        if (dateLength < 0) throw Invalid(text);
        if (dateLength > text.Length) dateLength = text.Length;
        if (!TryParseDate(text, 0, dateLength, out var date)) throw Invalid(text);
        var time = new TimeParts(0, 0, 0, 0, null);
        if (dateLength < text.Length && !TryParseTime(text, dateLength + 1, text.Length, out time)) throw Invalid(text);
        return (date, time);
    }

    /// <summary>Where the date part ends, decided from its shape as CPython does.</summary>
    private static int DateLength(string s)
    {
        if (s.Length < 7) return -1;
        if (s[4] == '-')
        {
            if (s[5] != 'W') return 10;
            return s.Length > 8 && s[8] == '-' ? 10 : 8;
        }
        if (s[4] == 'W') return s.Length > 7 && IsDigit(s[7]) ? 8 : 7;
        return 8;
    }

    private static bool TryParseTime(string s, int start, int end, out TimeParts parts)
    {
        parts = default;
        int zoneStart = start;
        while (zoneStart < end && s[zoneStart] is not ('+' or '-' or 'Z')) zoneStart++;
        if (!TryParseClock(s, start, zoneStart, out int hour, out int minute, out int second, out int microsecond)) return false;
        (long, int)? offset = null;
        if (zoneStart < end)
        {
            char sign = s[zoneStart];
            if (sign == 'Z')
            {
                if (zoneStart + 1 != end) return false;
                offset = (0, 0);
            }
            else
            {
                if (!TryParseClock(s, zoneStart + 1, end, out int oh, out int om, out int os, out int ous)) return false;
                long seconds = oh * 3600L + om * 60L + os;
                offset = sign == '-' ? (-seconds, -ous) : (seconds, ous);
            }
        }
        parts = new TimeParts(hour, minute, second, microsecond, offset);
        return true;
    }

    /// <summary>HH[[:]MM[[:]SS]] with an optional fraction after any component; the separators must be used consistently.</summary>
    private static bool TryParseClock(string s, int start, int end, out int hour, out int minute, out int second, out int microsecond)
    {
        hour = minute = second = microsecond = 0;
        int pos = start;
        var values = new int[3];
        bool? separated = null;
        int component = 0;
        bool fraction = false;
        while (true)
        {
            if (!TryDigits(s, ref pos, end, 2, out values[component])) return false;
            component++;
            if (pos == end) break;
            char c = s[pos];
            if (c is '.' or ',')
            {
                pos++;
                fraction = true;
                break;
            }
            if (component == 3) return false;
            if (c == ':')
            {
                if (separated == false) return false;
                if (separated is null && component > 1) return false;
                separated = true;
                pos++;
            }
            else
            {
                if (separated == true) return false;
                separated = false;
            }
        }
        if (fraction)
        {
            int digits = 0;
            int value = 0;
            while (pos < end && IsDigit(s[pos]))
            {
                if (digits < 6)
                {
                    value = value * 10 + (s[pos] - '0');
                    digits++;
                }
                pos++;
            }
            if (digits == 0 || pos != end) return false;
            for (int i = digits; i < 6; i++) value *= 10;
            microsecond = value;
        }
        hour = values[0];
        minute = values[1];
        second = values[2];
        return true;
    }

    /// <summary>The tzinfo for a parsed offset: UTC when it has no whole seconds, as CPython decides.</summary>
    public static PyObject TzInfoFor((long Seconds, int Microseconds)? offset)
    {
        if (offset is not { } o) return PyNone.Instance;
        if (o.Seconds == 0) return PyTimezone.Utc;
        return PyTimezone.Create(PyTimedelta.FromParts(0, o.Seconds, o.Microseconds));
    }
}
