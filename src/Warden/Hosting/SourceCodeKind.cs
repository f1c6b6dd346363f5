namespace Warden.Hosting;

/// <summary>How source text is compiled (IronPython's <c>SourceCodeKind</c>).</summary>
public enum SourceCodeKind
{
    /// <summary>A single expression compiles as <see cref="Expression"/>, anything else as <see cref="Statements"/>.</summary>
    AutoDetect,
    /// <summary>A module body; executing it returns null.</summary>
    Statements,
    /// <summary>One expression; executing it returns its value.</summary>
    Expression,
    /// <summary>
    /// What a user typed at an interactive prompt: statements whose expression values are echoed
    /// with <c>repr</c> to standard output and stored in <c>builtins._</c>. See
    /// <see cref="ScriptSource.GetCodeProperties"/> to tell complete input from input needing more lines.
    /// </summary>
    InteractiveCode,
}
