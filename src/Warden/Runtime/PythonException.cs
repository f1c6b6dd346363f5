using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// Carries a Python exception through native (C#) code. Thrown only on cold paths; the
/// interpreter catches it at the dispatch loop and unwinds through the exception table.
/// </summary>
public sealed class PythonException : Exception
{
    public PyBaseException Exception { get; }

    public PythonException(PyBaseException exception) : base(null) => Exception = exception;

    /// <summary>Set when the interpreter already unwound the frames it owns (no further traceback entries from them).</summary>
    internal bool Unwound;

    public override string Message => ExceptionFormatter.FormatExceptionOnly(Exception).TrimEnd('\n');
}
