namespace Warden.Modules.Sre;

/// <summary>
/// CPython's <c>re.error</c>: a pattern (or replacement template) that cannot be compiled.
/// <see cref="Msg"/> and <see cref="Pos"/> are the exception's <c>msg</c> and <c>pos</c> attributes;
/// <see cref="System.Exception.Message"/> is its <c>str()</c>.
/// </summary>
public sealed class RegexError : System.Exception
{
    /// <summary>Creates the error for <paramref name="pattern"/> (code points), with an optional position.</summary>
    public RegexError(string msg, int[]? pattern, int? pos)
        : base(Format(msg, pattern, pos))
    {
        Msg = msg;
        Pos = pos;
        if (pattern != null && pos is int p)
        {
            LineNumber = 1;
            int lineStart = 0;
            for (int i = 0; i < p && i < pattern.Length; i++)
            {
                if (pattern[i] == '\n') { LineNumber++; lineStart = i + 1; }
            }
            ColumnNumber = p - lineStart + 1;
        }
    }

    /// <summary>The message without position (re.error.msg).</summary>
    public string Msg { get; }

    /// <summary>Index in the pattern where the error was found, or null (re.error.pos).</summary>
    public int? Pos { get; }

    /// <summary>1-based line of <see cref="Pos"/> (re.error.lineno), or null.</summary>
    public int? LineNumber { get; }

    /// <summary>1-based column of <see cref="Pos"/> (re.error.colno), or null.</summary>
    public int? ColumnNumber { get; }

    private static string Format(string msg, int[]? pattern, int? pos)
    {
        if (pos is not int p) return msg;
        if (pattern != null && System.Array.IndexOf(pattern, '\n') >= 0)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < p && i < pattern.Length; i++)
            {
                if (pattern[i] == '\n') { line++; lineStart = i + 1; }
            }
            return $"{msg} at position {p} (line {line}, column {p - lineStart + 1})";
        }
        return $"{msg} at position {p}";
    }
}

/// <summary>CPython raises OverflowError (not re.error) for repeat counts that are too large.</summary>
public sealed class RegexOverflowError : System.Exception
{
    /// <summary>Creates the error with CPython's message.</summary>
    public RegexOverflowError(string message) : base(message) { }
}

/// <summary>CPython raises ValueError for incompatible flag arguments (e.g. LOCALE with a str pattern).</summary>
public sealed class RegexValueError : System.Exception
{
    /// <summary>Creates the error with CPython's message.</summary>
    public RegexValueError(string message) : base(message) { }
}

/// <summary>The matcher's budget ran out; the runtime turns this into TimeoutError.</summary>
public sealed class RegexTimeoutException : System.Exception
{
    /// <summary>Creates the exception.</summary>
    public RegexTimeoutException(string message) : base(message) { }
}

/// <summary>The pattern nests too deeply (CPython raises RecursionError for a few hundred levels).</summary>
public sealed class RegexRecursionError : System.Exception
{
    /// <summary>Creates the error with CPython's message.</summary>
    public RegexRecursionError() : base("maximum recursion depth exceeded") { }
}
