namespace Warden.Syntax;

/// <summary>
/// Settings for one <see cref="Tokenizer"/> run. The offsets let an f-string replacement
/// field be tokenized on its own while reporting positions in the enclosing file.
/// </summary>
public sealed class TokenizerOptions
{
    /// <summary>File name put into syntax errors.</summary>
    public string Filename { get; init; } = "<unknown>";
    /// <summary>Added to every token's line numbers.</summary>
    public int LineOffset { get; init; }
    /// <summary>
    /// Added to the columns of tokens that end on the first line (CPython decides by the
    /// tokenizer's current line, which for a multi-line string is the line it ends on), including
    /// the -1 column of INDENT/DEDENT/ENDMARKER, as CPython does.
    /// </summary>
    public int FirstLineColOffset { get; init; }
    /// <summary>
    /// True when the source's encoding is known: it had a BOM or coding cookie (see
    /// <see cref="SourceDecoder.Decode(byte[], out string?)"/>) or was given as a str.
    /// CPython's parser then reports error offsets in characters; without it, in bytes.
    /// </summary>
    public bool DeclaredEncoding { get; init; }
}
