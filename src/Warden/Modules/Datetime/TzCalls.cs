using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// Calls a tzinfo's <c>utcoffset</c>, <c>dst</c> and <c>tzname</c> and validates the results
/// with CPython's messages; a fixed <c>timezone</c> is answered without a Python call.
/// </summary>
internal static class TzCalls
{
    public static PyTimedelta? UtcOffset(PyObject tzinfo, PyObject argument) => Offset(tzinfo, argument, "utcoffset");

    public static PyTimedelta? Dst(PyObject tzinfo, PyObject argument) => Offset(tzinfo, argument, "dst");

    private static PyTimedelta? Offset(PyObject tzinfo, PyObject argument, string method)
    {
        if (tzinfo is PyNone) return null;
        if (tzinfo is PyTimezone zone && ReferenceEquals(zone.Type, PyTimezone.TimezoneType))
            return method == "utcoffset" ? zone.Offset : null;
        var result = PyOps.Call(PyOps.GetAttr(tzinfo, PyStr.From(method)), [argument], null);
        if (result is PyNone) return null;
        if (result is not PyTimedelta offset)
            throw PyExc.TypeError($"tzinfo.{method}() must return None or timedelta, not '{result.Type.Name}'");
        if (!PyTimezone.IsValidOffset(offset))
            throw PyExc.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
        return offset;
    }

    /// <summary>The zone name, or null; a str subclass is returned as it is.</summary>
    public static PyObject? TzName(PyObject tzinfo, PyObject argument)
    {
        if (tzinfo is PyNone) return null;
        var result = PyOps.Call(PyOps.GetAttr(tzinfo, PyStr.From("tzname")), [argument], null);
        if (result is PyNone) return null;
        if (PyOps.Unwrap(result) is not PyStr)
            throw PyExc.TypeError($"tzinfo.tzname() must return None or a string, not '{result.Type.Name}'");
        return result;
    }
}
