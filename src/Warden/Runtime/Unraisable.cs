using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// Exceptions that cannot propagate because nobody called the code that raised them (CPython's
/// PyErr_WriteUnraisable): a generator finalized when its loop dropped it, for instance. They
/// are reported on stderr as CPython's default sys.unraisablehook does, and then ignored.
/// </summary>
internal static class Unraisable
{
    public static void Report(PyBaseException exception, PyObject source)
    {
        var ts = ThreadState.Current;
        string where;
        try
        {
            where = PyOps.Repr(source);
        }
        catch (PythonException)
        {
            where = $"<object repr() failed>";
        }
        string text;
        try
        {
            text = ExceptionFormatter.FormatWithoutChain(exception);
        }
        catch (PythonException)
        {
            text = $"{exception.Type.Name}: <exception str() failed>\n";
        }
        // The hook writes "Type: message" even when the message is empty.
        if (text.EndsWith('\n') && !text.EndsWith(": \n") && SafeStr(exception).Length == 0)
            text = text[..^1] + ": \n";
        // CPython flushes pending standard output first, so the report follows what was printed.
        ts.Stdout.Flush();
        ts.Stderr.Write($"Exception ignored in: {where}\n{text}");
    }

    private static string SafeStr(PyBaseException exception)
    {
        try
        {
            return PyOps.Str(exception);
        }
        catch (PythonException)
        {
            return "";
        }
    }
}
