using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>The native <c>time</c> module. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeTimeTests
{
    /// <summary>gmtime gives a struct_time that is also a 9-tuple.</summary>
    [Test]
    public void StructTimeFromGmtime()
    {
        const string source = """
            import time
            t = time.gmtime(1234567890)
            print(t)
            print(tuple(t), len(t), t[0], t[-1], t.tm_zone, t.tm_gmtoff)
            print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)) == (2020, 1, 2, 3, 4, 5, 3, 2, 0))
            try:
                time.struct_time((1, 2))
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("time.struct_time(tm_year=2009, tm_mon=2, tm_mday=13, tm_hour=23, tm_min=31, tm_sec=30, tm_wday=4, tm_yday=44, tm_isdst=0)\n(2009, 2, 13, 23, 31, 30, 4, 44, 0) 9 2009 0 GMT 0\nTrue\ntime.struct_time() takes an at least 9-sequence (2-sequence given)\n"));
    }

    /// <summary>strftime in the C locale.</summary>
    [Test]
    public void StrftimeDirectives()
    {
        const string source = """
            import time
            t = time.gmtime(1234567890)
            print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %e %%", t))
            print(time.strftime("%c|%x|%X|%D|%T|%R|%G-%V-%u", t))
            print(time.asctime(t), time.asctime(time.gmtime(0)))
            try:
                time.strftime("%Y", (1, 2))
            except TypeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("2009-02-13 23:31:30 Fri Friday Feb February 044 06 06 5 09 PM 11 13 %\nFri Feb 13 23:31:30 2009|02/13/09|23:31:30|02/13/09|23:31:30|23:31|2009-07-5\nFri Feb 13 23:31:30 2009 Thu Jan  1 00:00:00 1970\nstrftime(): illegal time tuple argument\n"));
    }

    /// <summary>Clocks advance and have the right types; sleep rejects negative lengths.</summary>
    [Test]
    public void ClocksAndSleep()
    {
        const string source = """
            import time
            a = time.monotonic(); time.sleep(0.001); b = time.monotonic()
            print(b > a, type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
            print(abs(time.time() - time.time_ns() / 1e9) < 1.0, isinstance(time.process_time(), float))
            try:
                time.sleep(-1)
            except ValueError as e:
                print(e)
            print(time.mktime(time.localtime(1000000000)) == 1000000000.0)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("True float int int\nTrue True\nsleep length must be non-negative\nTrue\n"));
    }
}
