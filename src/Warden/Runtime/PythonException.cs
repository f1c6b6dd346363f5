using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// A Python exception as a .NET exception. Inside the runtime it carries a raised exception
/// through native (C#) code on cold paths (the interpreter catches it at the dispatch loop and
/// unwinds through the exception table); for a host it is what a Python error reaching .NET
/// looks like: the Python exception object, its type name, its message and its traceback.
/// A host callback (a delegate or host method called from Python) may throw one to raise that
/// Python exception in the calling Python code.
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>Host exceptions that caused Python exceptions, so the cause survives re-raising by the interpreter.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyBaseException, Exception> s_hostCauses = new();

    /// <summary>The Python exception object (an instance of <c>BaseException</c> or a subclass).</summary>
    public PyBaseException Exception { get; }

    /// <summary>Wraps the Python exception <paramref name="exception"/> (its <see cref="Exception.InnerException"/> is the host exception that caused it, if any).</summary>
    public PythonException(PyBaseException exception)
        : base(null, s_hostCauses.TryGetValue(exception, out var cause) ? cause : null) => Exception = exception;

    /// <summary>Wraps <paramref name="exception"/>, raised because of the host exception <paramref name="innerException"/>.</summary>
    public PythonException(PyBaseException exception, Exception? innerException) : base(null, innerException)
    {
        Exception = exception;
        if (innerException is not null) s_hostCauses.AddOrUpdate(exception, innerException);
    }

    /// <summary>
    /// The entry frame of the interpreter loop that already unwound its frames for this exception;
    /// that loop must not handle it again, but enclosing loops must.
    /// </summary>
    internal object? UnwoundBy;

    /// <summary>The Python type's name, e.g. <c>ZeroDivisionError</c> (as the last line of a traceback shows it).</summary>
    public string PythonTypeName => Exception.Type.Name;

    /// <summary>The Python exception's <c>str()</c>, e.g. <c>division by zero</c>.</summary>
    public string PythonMessage
    {
        get
        {
            try
            {
                return PyOps.Str(Exception);
            }
            catch (PythonException)
            {
                return "<exception str() failed>";
            }
        }
    }

    /// <summary>True when the Python exception's class, or one of its bases, is named <paramref name="typeName"/> (e.g. <c>"LookupError"</c> for a KeyError).</summary>
    public bool IsInstanceOf(string typeName)
    {
        foreach (var t in Exception.Type.Mro)
            if (t.Name == typeName) return true;
        return false;
    }

    /// <summary>
    /// The report CPython prints for this exception when uncaught: <c>Traceback (most recent call
    /// last):</c>, one entry per frame with its source line, and the exception line (with causes and
    /// contexts chained as CPython does).
    /// </summary>
    public string FormatTraceback()
    {
        try
        {
            return ExceptionFormatter.Format(Exception);
        }
        catch (PythonException)
        {
            return $"{Exception.Type.Name}: <unprintable exception>\n";
        }
    }

    /// <summary>The exception line: <c>Type: message</c>.</summary>
    public override string Message => ExceptionFormatter.FormatExceptionOnly(Exception).TrimEnd('\n');
}
