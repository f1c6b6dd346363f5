namespace Warden.Syntax;

/// <summary>
/// A Python <c>SyntaxError</c> (or its subclasses <c>IndentationError</c> and <c>TabError</c>)
/// raised while decoding, tokenizing or parsing source. Carries the same fields as CPython's
/// exception: message, file name, line, 1-based offset, the source line and the end position.
/// The runtime turns it into the Python exception of the same name.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string PythonType { get; }
    /// <summary>The message without position information, as CPython's <c>msg</c> attribute.</summary>
    public string Msg { get; }
    public string? Filename { get; init; }
    /// <summary>1-based line number, or 0 when unknown.</summary>
    public int Lineno { get; init; }
    /// <summary>1-based column in characters (CPython converts its byte offsets), or 0 when unknown.</summary>
    public int Offset { get; init; }
    public int EndLineno { get; init; }
    public int EndOffset { get; init; }
    /// <summary>The text of the offending line, when known.</summary>
    public string? Text { get; init; }

    public PythonSyntaxError(string pythonType, string msg) : base(msg)
    {
        PythonType = pythonType;
        Msg = msg;
    }

    public static PythonSyntaxError Syntax(string msg) => new("SyntaxError", msg);
}

/// <summary>
/// A non-syntax Python error raised by the front end, named by its Python type: CPython 3.11
/// raises <c>ValueError</c> for source that contains NUL bytes and for an int whose repr would
/// exceed the 4300-digit limit, and <c>RecursionError</c>/<c>MemoryError</c> for nesting too
/// deep to parse. The runtime turns it into the Python exception of that name.
/// </summary>
public sealed class PythonFrontEndError : Exception
{
    /// <summary>"ValueError", "RecursionError", "MemoryError", ...</summary>
    public string PythonType { get; }

    public PythonFrontEndError(string pythonType, string message) : base(message) => PythonType = pythonType;
}
