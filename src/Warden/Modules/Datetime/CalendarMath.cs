namespace Warden.Modules.Datetime;

/// <summary>
/// Proleptic Gregorian calendar arithmetic shared by the datetime types: ordinals (day 1 is
/// 0001-01-01), month lengths and ISO weeks.
/// </summary>
internal static class CalendarMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;
    /// <summary>The ordinal of 9999-12-31.</summary>
    public const int MaxOrdinal = 3652059;
    /// <summary>Ordinal of 1970-01-01, for converting POSIX timestamps.</summary>
    public const long EpochOrdinal = 719163;

    private static readonly int[] s_daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    private static readonly int[] s_daysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    public static readonly string[] DayAbbreviations = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    public static readonly string[] MonthAbbreviations = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month == 2 && IsLeap(year) ? 29 : s_daysInMonth[month];

    public static int DaysBeforeMonth(int year, int month) => s_daysBeforeMonth[month] + (month > 2 && IsLeap(year) ? 1 : 0);

    /// <summary>Days in the years before <paramref name="year"/> (year 1 has none before it).</summary>
    public static int DaysBeforeYear(int year)
    {
        int y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400;
    }

    public static int ToOrdinal(int year, int month, int day) => DaysBeforeYear(year) + DaysBeforeMonth(year, month) + day;

    /// <summary>The (year, month, day) of an ordinal in 1..MaxOrdinal.</summary>
    public static (int Year, int Month, int Day) FromOrdinal(int ordinal)
    {
        // Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01.
        int n = ordinal - 1;
        int cycles400 = n / 146097;
        n %= 146097;
        int cycles100 = n / 36524;
        n %= 36524;
        int cycles4 = n / 1461;
        n %= 1461;
        int years1 = n / 365;
        n %= 365;
        int year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years1 + 1;
        if (years1 == 4 || cycles100 == 4)
        {
            // The last day of a leap cycle: December 31 of the previous year.
            return (year - 1, 12, 31);
        }
        bool leap = years1 == 3 && (cycles4 != 24 || cycles100 == 3);
        int month = (n + 50) >> 5;
        int preceding = s_daysBeforeMonth[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n)
        {
            month--;
            preceding -= month == 2 && leap ? 29 : s_daysInMonth[month];
        }
        return (year, month, n - preceding + 1);
    }

    /// <summary>0 = Monday ... 6 = Sunday.</summary>
    public static int Weekday(int year, int month, int day) => (ToOrdinal(year, month, day) + 6) % 7;

    /// <summary>Ordinal of the Monday that starts ISO week 1 of <paramref name="year"/>.</summary>
    public static int IsoWeek1Monday(int year)
    {
        int firstDay = DaysBeforeYear(year) + 1;
        int firstWeekday = (firstDay + 6) % 7;
        int monday = firstDay - firstWeekday;
        if (firstWeekday > 3) monday += 7;
        return monday;
    }

    public static (int Year, int Week, int Weekday) IsoCalendar(int year, int month, int day)
    {
        int isoYear = year;
        int week1 = IsoWeek1Monday(isoYear);
        int today = ToOrdinal(year, month, day);
        int week = FloorDiv(today - week1, 7, out int dayOfWeek);
        if (week < 0)
        {
            isoYear--;
            week1 = IsoWeek1Monday(isoYear);
            week = FloorDiv(today - week1, 7, out dayOfWeek);
        }
        else if (week >= 52 && today >= IsoWeek1Monday(isoYear + 1))
        {
            isoYear++;
            week = 0;
        }
        return (isoYear, week + 1, dayOfWeek + 1);
    }

    public static int FloorDiv(int a, int b, out int remainder)
    {
        int q = a / b;
        remainder = a % b;
        if (remainder != 0 && (remainder < 0) != (b < 0))
        {
            q--;
            remainder += b;
        }
        return q;
    }

    public static long FloorDiv(long a, long b, out long remainder)
    {
        long q = a / b;
        remainder = a % b;
        if (remainder != 0 && (remainder < 0) != (b < 0))
        {
            q--;
            remainder += b;
        }
        return q;
    }
}
