using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// <c>datetime.tzinfo</c>: the abstract base of time zones. Python subclasses implement
/// <c>utcoffset</c>, <c>dst</c> and <c>tzname</c>; the base supplies <c>fromutc</c> (the
/// standard-offset algorithm) and pickling support.
/// </summary>
internal class PyTzInfo : DatetimeObject
{
    internal static readonly PyType TzInfoType = CreateType();

    public PyTzInfo(PyType type) : base(type)
    {
    }

    private static PyType CreateType()
    {
        var t = DatetimeTypes.NewType("tzinfo", TypeObjects.Object, "Abstract base class for time zone info objects.");
        t.InstanceFactory = type => new PyTzInfo(type);
        // tzinfo() accepts and ignores any arguments, so subclasses' __init__ may take their own.
        DatetimeTypes.SetNew(t, (type, args, kw) => new PyTzInfo(type));
        t.AddMethod("tzname", (args, kw) => { Args.Check(args, kw, "tzname", 1, 1, 1); throw PyExc.NotImplementedError("a tzinfo subclass must implement tzname()"); });
        t.AddMethod("utcoffset", (args, kw) => { Args.Check(args, kw, "utcoffset", 1, 1, 1); throw PyExc.NotImplementedError("a tzinfo subclass must implement utcoffset()"); });
        t.AddMethod("dst", (args, kw) => { Args.Check(args, kw, "dst", 1, 1, 1); throw PyExc.NotImplementedError("a tzinfo subclass must implement dst()"); });
        t.AddMethod("fromutc", (args, kw) =>
        {
            Args.Check(args, kw, "fromutc", 1, 1, 1);
            return FromUtc(args[0], args[1]);
        });
        t.AddMethod("__reduce__", (args, kw) =>
        {
            DatetimeArgs.NoArguments(args, kw, "__reduce__");
            var self = args[0];
            PyObject initArgs = PyTuple.Empty;
            if (PyOps.TryGetAttr(self, PyStr.From("__getinitargs__"), out var getInitArgs))
                initArgs = PyOps.Call(getInitArgs, [], null);
            PyObject state = PyNone.Instance;
            if (self.InstanceDict is not null)
                state = PyOps.Call(PyOps.GetAttr(self, PyStr.From("__getstate__")), [], null);
            return PyTuple.Create(self.Type, initArgs, state);
        });
        return t;
    }

    /// <summary>The default <c>tzinfo.fromutc</c>: adjusts a UTC time by the zone's standard offset, then by its DST.</summary>
    private static PyObject FromUtc(PyObject self, PyObject dtArgument)
    {
        if (dtArgument is not PyDateTime dt) throw PyExc.TypeError("fromutc: argument must be a datetime");
        if (!ReferenceEquals(dt.TzInfo, self)) throw PyExc.ValueError("fromutc: dt.tzinfo is not self");
        var offset = TzCalls.UtcOffset(self, dt) ?? throw PyExc.ValueError("fromutc: non-None utcoffset() result required");
        var dst = TzCalls.Dst(self, dt) ?? throw PyExc.ValueError("fromutc: non-None dst() result required");
        var delta = PyTimedelta.FromMicroseconds(offset.TotalMicroseconds - dst.TotalMicroseconds);
        var shifted = PyDateTime.AddDelta(dt, delta, negate: false) as PyDateTime
            ?? throw PyExc.TypeError("fromutc: the datetime subclass returned a non-datetime");
        dst = TzCalls.Dst(self, shifted) ?? throw PyExc.ValueError("fromutc: non-None dst() result required");
        return PyDateTime.AddDelta(shifted, dst, negate: false);
    }
}
