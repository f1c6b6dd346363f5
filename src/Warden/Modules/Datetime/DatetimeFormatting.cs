using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules.Datetime;

/// <summary>Text forms shared by the datetime types: UTC offsets, ISO times, strftime and __format__.</summary>
internal static class DatetimeFormatting
{
    /// <summary>"+HH&lt;sep&gt;MM", with seconds and microseconds only when they are not zero.</summary>
    public static string FormatOffset(PyTimedelta offset, string separator)
    {
        char sign = '+';
        long total = offset.OffsetMicroseconds;
        if (total < 0)
        {
            sign = '-';
            total = -total;
        }
        long microseconds = total % 1_000_000;
        long seconds = total / 1_000_000;
        long hours = seconds / 3600, minutes = seconds / 60 % 60;
        seconds %= 60;
        var text = new StringBuilder();
        text.Append(sign).Append(hours.ToString("D2")).Append(separator).Append(minutes.ToString("D2"));
        if (seconds != 0 || microseconds != 0)
        {
            text.Append(separator).Append(seconds.ToString("D2"));
            if (microseconds != 0) text.Append('.').Append(microseconds.ToString("D6"));
        }
        return text.ToString();
    }

    /// <summary>The offset text of an aware object, or "" when naive (utcoffset() is None).</summary>
    public static string OffsetText(PyObject tzinfo, PyObject tzinfoArgument, string separator)
        => TzCalls.UtcOffset(tzinfo, tzinfoArgument) is { } offset ? FormatOffset(offset, separator) : "";

    /// <summary>HH:MM:SS[.ffffff] cut to <paramref name="timespec"/>.</summary>
    public static string FormatTime(int hour, int minute, int second, int microsecond, string timespec)
    {
        if (timespec == "auto") timespec = microsecond != 0 ? "microseconds" : "seconds";
        return timespec switch
        {
            "hours" => $"{hour:D2}",
            "minutes" => $"{hour:D2}:{minute:D2}",
            "seconds" => $"{hour:D2}:{minute:D2}:{second:D2}",
            "milliseconds" => $"{hour:D2}:{minute:D2}:{second:D2}.{microsecond / 1000:D3}",
            "microseconds" => $"{hour:D2}:{minute:D2}:{second:D2}.{microsecond:D6}",
            _ => throw PyExc.ValueError("Unknown timespec value"),
        };
    }

    /// <summary>
    /// CPython's strftime wrapper: %z, %Z and %f are expanded here (a zone name's '%' doubled),
    /// everything else is left to <c>time.strftime</c> with <paramref name="timeTuple"/>.
    /// </summary>
    public static PyObject Strftime(string format, PyObject timeTuple, PyObject tzinfo, PyObject tzinfoArgument, int microsecond)
    {
        var expanded = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                expanded.Append(c);
                continue;
            }
            char directive = format[++i];
            switch (directive)
            {
                case 'z':
                    expanded.Append(OffsetText(tzinfo, tzinfoArgument, ""));
                    break;
                case 'Z':
                    if (TzCalls.TzName(tzinfo, tzinfoArgument) is { } name)
                        expanded.Append(((PyStr)PyOps.Unwrap(name)).Value.Replace("%", "%%"));
                    break;
                case 'f':
                    expanded.Append(microsecond.ToString("D6"));
                    break;
                default:
                    expanded.Append('%').Append(directive);
                    break;
            }
        }
        var time = Importer.ImportModule("time", ThreadState.Current);
        return PyOps.Call(PyOps.GetAttr(time, PyStr.From("strftime")), [PyStr.From(expanded.ToString()), timeTuple], null);
    }

    /// <summary><c>__format__</c>: str(self) for an empty spec, else self.strftime(spec).</summary>
    public static PyObject Format(PyObject self, PyObject spec)
    {
        if (PyOps.Unwrap(spec) is not PyStr text) throw PyExc.TypeError($"__format__() argument 1 must be str, not {spec.Type.Name}");
        if (text.Value.Length == 0) return PyStr.From(PyOps.Str(self));
        return PyOps.Call(PyOps.GetAttr(self, PyStr.From("strftime")), [spec], null);
    }
}
