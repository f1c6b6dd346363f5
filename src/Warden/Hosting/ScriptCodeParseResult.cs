namespace Warden.Hosting;

/// <summary>What parsing source text found (IronPython's <c>ScriptCodeParseResult</c>), for interactive prompts.</summary>
public enum ScriptCodeParseResult
{
    /// <summary>The text is complete: compile and run it.</summary>
    Complete,
    /// <summary>The text has an error that more lines cannot fix.</summary>
    Invalid,
    /// <summary>A token is unfinished: an open bracket, a triple-quoted string, a line ending with a backslash.</summary>
    IncompleteToken,
    /// <summary>A statement is unfinished: a block that needs its body, or a compound statement waiting for the blank line that ends it.</summary>
    IncompleteStatement,
    /// <summary>Only blank lines and comments.</summary>
    Empty,
}
