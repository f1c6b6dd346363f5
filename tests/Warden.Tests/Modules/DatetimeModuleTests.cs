using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_datetime</c> module's edge cases; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class DatetimeModuleTests
{
    private const string Helper = """
        from datetime import *
        def e(f):
            try: return repr(f())
            except Exception as x: return f"{type(x).__name__}: {x}"

        """;

    /// <summary>Results beyond the supported range raise OverflowError with CPython's messages.</summary>
    [Test]
    public void OverflowMessages()
    {
        const string source = Helper + """
            print(e(lambda: date.max + timedelta(1)))
            print(e(lambda: datetime.min - timedelta(microseconds=1)))
            print(e(lambda: timedelta.max + timedelta.resolution))
            print(e(lambda: timedelta(days=1e10)))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo(
            "OverflowError: date value out of range\n" +
            "OverflowError: date value out of range\n" +
            "OverflowError: days=1000000000; must have magnitude <= 999999999\n" +
            "OverflowError: Python int too large to convert to C int\n"));
    }

    /// <summary>Float factors and divisions round half to even to whole microseconds.</summary>
    [Test]
    public void RoundHalfToEven()
    {
        const string source = Helper + """
            print([repr(timedelta(microseconds=n) * 0.5) for n in (1, 3, 5, 7)])
            print(repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=2.5)), repr(timedelta(microseconds=7)/2))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo(
            "['datetime.timedelta(0)', 'datetime.timedelta(microseconds=2)', 'datetime.timedelta(microseconds=2)', 'datetime.timedelta(microseconds=4)']\n" +
            "datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=2) datetime.timedelta(microseconds=4)\n"));
    }

    /// <summary>Aware datetimes for the same instant in different zones are equal and hash alike.</summary>
    [Test]
    public void AwareDatetimesHashByUtcInstant()
    {
        const string source = Helper + """
            a = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
            b = datetime(2024, 1, 1, 10, tzinfo=timezone.utc)
            c = datetime(2024, 1, 1, 5, 30, tzinfo=timezone(timedelta(hours=-4, minutes=-30)))
            print(a == b == c, hash(a) == hash(b) == hash(c), len({a, b, c}))
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("True True 1\n"));
    }

    /// <summary>datetime.py takes the native classes, so isocalendar() is the C module's named tuple.</summary>
    [Test]
    public void IsoCalendarDateRepr()
    {
        const string source = Helper + "print(repr(date(2024,12,31).isocalendar()))\n";
        Assert.That(PythonRunner.Output(source), Is.EqualTo("datetime.IsoCalendarDate(year=2025, week=1, weekday=2)\n"));
    }
}
