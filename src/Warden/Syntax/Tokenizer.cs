namespace Warden.Syntax;

/// <summary>
/// Turns decoded source (UTF-8, newlines translated to \n) into the whole token array at once.
/// A tokenizer error does not throw here: it becomes a final <see cref="TokenKind.Error"/>
/// token and <see cref="Error"/>, so that a parser error earlier in the file wins, as in CPython.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>The UTF-8 bytes every token's offsets point into.</summary>
    public byte[] Buffer { get; }

    /// <summary>The error to raise when the parser reaches the <see cref="TokenKind.Error"/> token.</summary>
    public PythonSyntaxError? Error { get; private set; }

    public Tokenizer(byte[] utf8)
    {
        Buffer = utf8;
        throw new NotImplementedException("Tokenizer");
    }
}
