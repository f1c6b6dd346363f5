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

    /// <summary>
    /// The entry frame of the interpreter loop that already unwound its frames for this exception;
    /// that loop must not handle it again, but enclosing loops must.
    /// </summary>
    internal object? UnwoundBy;

    public override string Message => ExceptionFormatter.FormatExceptionOnly(Exception).TrimEnd('\n');
}
