using Warden.Objects;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Datetime;

/// <summary>
/// The <c>_datetime</c> module: the C accelerator that <c>datetime.py</c> imports with
/// <c>from _datetime import *</c>, replacing its pure-Python classes (CPython 3.11's reprs,
/// messages and rounding rules).
/// </summary>
internal static class DatetimeModule
{
    private static readonly object s_initLock = new();
    private static bool s_initialized;

    public static PyModule Create(ThreadState ts)
    {
        lock (s_initLock)
        {
            if (!s_initialized)
            {
                PyTimezone.AddClassAttributes();
                s_initialized = true;
            }
        }
        var module = new PyModule("_datetime");
        var d = module.Dict;
        d.SetStr("__doc__", PyStr.From("Fast implementation of the datetime type."));
        d.SetStr("MINYEAR", PyInt.FromLong(CalendarMath.MinYear));
        d.SetStr("MAXYEAR", PyInt.FromLong(CalendarMath.MaxYear));
        d.SetStr("date", PyDate.DateType);
        d.SetStr("datetime", PyDateTime.DateTimeType);
        d.SetStr("time", PyTime.TimeType);
        d.SetStr("timedelta", PyTimedelta.TimedeltaType);
        d.SetStr("tzinfo", PyTzInfo.TzInfoType);
        d.SetStr("timezone", PyTimezone.TimezoneType);
        d.SetStr("UTC", PyTimezone.Utc);
        d.SetStr("datetime_CAPI", DatetimeCapsule.Instance);
        return module;
    }
}
