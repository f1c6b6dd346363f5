using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Modules;

/// <summary>
/// Struct sequences (<c>time.struct_time</c>, <c>os.stat_result</c>, <c>sys.flags</c>, ...) as real
/// tuple subclasses. Expected outputs are CPython 3.11's.
/// </summary>
[TestFixture]
public class StructSequenceTests
{
    /// <summary>
    /// Unnamed sequence items (stat_result's integer times) borrow the names of the first non-sequence
    /// fields in the repr and __reduce__, and fields the sequence leaves out are None.
    /// </summary>
    [Test]
    public void StatResultUnnamedFieldsAndPartialSequence()
    {
        const string source = """
            import os
            s = os.stat_result(range(13))
            print(s)
            print(s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns)
            print(s.__reduce__()[1][1])
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo(
            "os.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st_gid=5, st_size=6, st_atime=7, st_mtime=8, st_ctime=9)\n" +
            "10 11 12 None\n" +
            "{'st_atime': 10, 'st_mtime': 11, 'st_ctime': 12, 'st_atime_ns': None, 'st_mtime_ns': None, 'st_ctime_ns': None, 'st_blksize': None, 'st_blocks': None, 'st_rdev': None}\n"));
    }

    /// <summary>Tuple natives and operators treat a struct_time as the tuple it is; results are plain tuples.</summary>
    [Test]
    public void TupleNativesSeeATuple()
    {
        const string source = """
            import time
            t = time.gmtime(0)
            print(type(t[::2]).__name__, type(t + ()).__name__, tuple.__len__(t), tuple.__getitem__(t, 0))
            print("%d/%d/%d" % t[:3], t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(t) == hash(tuple(t)))
            print(type(t).__mro__)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo(
            "tuple tuple 9 1970\n1970/1/1 True True\n(<class 'time.struct_time'>, <class 'tuple'>, <class 'object'>)\n"));
    }

    /// <summary>Constructor messages: exact, at-least and at-most lengths, the dict argument, non-sequences, refused types.</summary>
    [Test]
    public void ConstructorErrors()
    {
        const string source = """
            import os, time, sys
            for make in [lambda: time.struct_time(range(8)), lambda: time.struct_time(range(12)), lambda: os.terminal_size(range(3)),
                         lambda: time.struct_time(range(9), ()), lambda: time.struct_time(7), lambda: type(sys.flags)(range(18))]:
                try:
                    make()
                except TypeError as e:
                    print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo(
            "time.struct_time() takes an at least 9-sequence (8-sequence given)\n" +
            "time.struct_time() takes an at most 11-sequence (12-sequence given)\n" +
            "os.terminal_size() takes a 2-sequence (3-sequence given)\n" +
            "time.struct_time() takes a dict as second arg, if any\n" +
            "constructor requires a sequence\n" +
            "cannot create 'sys.flags' instances\n"));
    }

    /// <summary>pickle and copy go through __reduce__, which carries the non-sequence fields.</summary>
    [Test]
    public void ReduceKeepsNonSequenceFields()
    {
        const string source = """
            import copy, pickle, time
            t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0), {"tm_zone": "CET", "tm_gmtoff": 3600})
            for back in [pickle.loads(pickle.dumps(t)), copy.copy(t), copy.deepcopy(t)]:
                print(back == t, back.tm_zone, back.tm_gmtoff)
            print(t.__reduce__())
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo(
            "True CET 3600\nTrue CET 3600\nTrue CET 3600\n" +
            "(<class 'time.struct_time'>, ((2024, 1, 2, 3, 4, 5, 1, 2, 0), {'tm_zone': 'CET', 'tm_gmtoff': 3600}))\n"));
    }

    /// <summary>
    /// Fields are read-only and check their receiver; strftime on a 9-tuple with tm_isdst -1 writes
    /// no zone name and no offset, as glibc does.
    /// </summary>
    [Test]
    public void ReadOnlyFieldsAndUnknownDaylightSaving()
    {
        const string source = """
            import time
            print(repr(time.strftime("%Z|%z|%Y", (2024, 1, 2, 3, 4, 5, 1, 2, -1))))
            try:
                time.struct_time.tm_mon.__get__(3)
            except TypeError as e:
                print(e)
            try:
                time.gmtime(0).tm_mon = 2
            except AttributeError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo(
            "'||2024'\ndescriptor 'tm_mon' for 'time.struct_time' objects doesn't apply to a 'int' object\nreadonly attribute\n"));
    }
}
