namespace Warden.Syntax;

/// <summary>
/// One token. Offsets index the UTF-8 buffer the tokenizer reads (after source decoding and
/// newline translation); lines are 1-based and columns are 0-based UTF-8 byte counts from
/// the start of the line, which is exactly what CPython reports in AST positions.
/// </summary>
public struct Token
{
    public TokenKind Kind;
    /// <summary>Byte offset of the first byte of the token in <see cref="Tokenizer.Buffer"/>.</summary>
    public int Start;
    /// <summary>Byte offset one past the last byte of the token.</summary>
    public int End;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;

    public override readonly string ToString() => $"{Kind} {Line}:{Col}-{EndLine}:{EndCol}";
}
