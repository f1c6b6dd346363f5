using System.Text;
using Warden.Objects;
using Warden.Syntax.Ast;

namespace Warden.Syntax;

/// <summary>
/// Turns a run of adjacent STRING tokens into one expression, as CPython 3.11's
/// string-concatenation step does: a <see cref="Constant"/> (str or bytes) or, when any
/// literal is an f-string, a <see cref="JoinedStr"/>.
/// </summary>
public static partial class StringLiterals
{
    /// <summary>
    /// Parses the value of one expression made of STRING tokens <paramref name="tokenCount"/>
    /// tokens starting at <paramref name="firstTokenIndex"/>, following CPython's escape,
    /// concatenation and f-string rules. Throws <see cref="PythonSyntaxError"/> with CPython's
    /// message and location on invalid input.
    /// </summary>
    public static Expr Parse(Tokenizer tok, int firstTokenIndex, int tokenCount) =>
        Parse(tok, firstTokenIndex, tokenCount, Parser.ParseFStringExpression);

    /// <summary>
    /// As <see cref="Parse(Tokenizer, int, int)"/>, with the parser for replacement-field
    /// expressions given: it receives the expression text wrapped in parentheses and the
    /// options that place its tokens in the enclosing file.
    /// </summary>
    internal static Expr Parse(Tokenizer tok, int firstTokenIndex, int tokenCount, Func<byte[], TokenizerOptions, Expr> parseExpression)
    {
        string filename = tok.Filename;
        var source = new StringRunSource(tok.Buffer, tok.Tokens, firstTokenIndex, tokenCount, filename,
            (utf8, lineOffset, colOffset) => parseExpression(utf8, new TokenizerOptions
            {
                Filename = filename,
                LineOffset = lineOffset,
                FirstLineColOffset = colOffset,
            }))
        {
            CharacterOffsets = tok.StringErrorsUseCharacterOffsets,
        };
        return Parse(source);
    }

    internal static Expr Parse(StringRunSource source)
    {
        ref readonly Token first = ref source.Tokens[source.First];
        ref readonly Token last = ref source.Tokens[source.First + source.Count - 1];
        try
        {
            if (source.Count == 1) return ParseSingle(source, first);
            return ParseConcatenation(source, first, last);
        }
        catch (StringDecodeException e)
        {
            throw source.ErrorAtFollowingToken(e.Message);
        }
    }

    // The fast path: one literal that is not an f-string.
    private static Expr ParseSingle(StringRunSource source, in Token token)
    {
        var literal = StringLiteralText.Parse(source.Buffer, token);
        if (literal.IsFormatted) return ParseConcatenation(source, token, token);
        object value;
        if (literal.IsBytes)
        {
            CheckBytesAreAscii(source, literal);
            value = EscapeDecoder.DecodeBytes(literal.Body(source.Buffer), literal.IsRaw);
        }
        else
        {
            value = EscapeDecoder.DecodeStr(literal.Body(source.Buffer), literal.IsRaw);
        }
        return MakeConstant(value, source.Buffer[token.Start] == (byte)'u' ? "u" : null, token, token);
    }

    private static Expr ParseConcatenation(StringRunSource source, in Token first, in Token last)
    {
        bool anyFormatted = false;
        for (int i = 0; i < source.Count; i++)
        {
            if (StringLiteralText.Parse(source.Buffer, source.Tokens[source.First + i]).IsFormatted)
            {
                anyFormatted = true;
                break;
            }
        }
        string? kind = source.Buffer[first.Start] == (byte)'u' ? "u" : null;
        var fstring = anyFormatted ? new FStringBuilder(source, kind) : null;
        var text = anyFormatted ? null : new StrAccumulator();
        List<byte[]>? bytesParts = null;
        bool bytesMode = false;
        for (int i = 0; i < source.Count; i++)
        {
            ref readonly Token token = ref source.Tokens[source.First + i];
            var literal = StringLiteralText.Parse(source.Buffer, token);
            // Each literal is decoded before the mix check, so its own errors come first.
            object? value = null;
            if (literal.IsBytes)
            {
                CheckBytesAreAscii(source, literal);
                value = EscapeDecoder.DecodeBytes(literal.Body(source.Buffer), literal.IsRaw);
            }
            else if (!literal.IsFormatted)
            {
                value = EscapeDecoder.DecodeStr(literal.Body(source.Buffer), literal.IsRaw);
            }
            if (i != 0 && literal.IsBytes != bytesMode)
                throw source.ErrorAtFollowingToken("cannot mix bytes and nonbytes literals");
            bytesMode = literal.IsBytes;
            if (bytesMode)
            {
                (bytesParts ??= new List<byte[]>()).Add((byte[])value!);
            }
            else if (literal.IsFormatted)
            {
                fstring!.AddFString(token, literal);
            }
            else if (fstring is not null)
            {
                fstring.AddLiteral(value!);
            }
            else
            {
                text!.Add(value!);
            }
        }
        if (bytesMode)
        {
            int total = 0;
            foreach (var part in bytesParts!) total += part.Length;
            var joined = new byte[total];
            int offset = 0;
            foreach (var part in bytesParts)
            {
                part.CopyTo(joined, offset);
                offset += part.Length;
            }
            return MakeConstant(joined, kind, first, last);
        }
        if (fstring is not null) return fstring.Finish(first, last);
        return MakeConstant(text!.ToValue(), kind, first, last);
    }

    private static void CheckBytesAreAscii(StringRunSource source, in StringLiteralText literal)
    {
        foreach (byte b in literal.Body(source.Buffer))
            if (b >= 0x80) throw source.ErrorAtFollowingToken("bytes can only contain ASCII literal characters");
    }

    internal static Constant MakeConstant(object value, string? kind, in Token first, in Token last) => new()
    {
        Value = value,
        Kind = kind,
        Lineno = first.Line,
        ColOffset = first.Col,
        EndLineno = last.EndLine,
        EndColOffset = last.EndCol,
    };
}

/// <summary>
/// Everything the string parser needs from the tokenizer and the parser: the source buffer,
/// the token run, the file name and a way to parse replacement-field expressions. Keeping it
/// this small lets the decoding be tested without a tokenizer.
/// </summary>
internal sealed class StringRunSource
{
    public byte[] Buffer { get; }
    public Token[] Tokens { get; }
    public int First { get; }
    public int Count { get; }
    public string Filename { get; }
    /// <summary>
    /// Parses a replacement field's expression text (already wrapped in parentheses) given the
    /// line offset and the first line's column offset to add to its positions.
    /// </summary>
    public Func<byte[], int, int, Expr> ParseExpression { get; }
    /// <summary>Report error offsets in characters (source with a declared encoding) rather than bytes.</summary>
    public bool CharacterOffsets { get; init; } = true;

    public StringRunSource(byte[] buffer, Token[] tokens, int first, int count, string filename,
        Func<byte[], int, int, Expr> parseExpression)
    {
        Buffer = buffer;
        Tokens = tokens;
        First = first;
        Count = count;
        Filename = filename;
        ParseExpression = parseExpression;
    }

    /// <summary>
    /// CPython raises string errors at the last token its parser has fetched, which is the
    /// token right after the run of STRING tokens.
    /// </summary>
    public PythonSyntaxError ErrorAtFollowingToken(string message)
    {
        int index = Math.Min(First + Count, Tokens.Length - 1);
        ref readonly Token at = ref Tokens[index];
        int lineStart = Math.Clamp(at.Start - Math.Max(at.Col, 0), 0, Buffer.Length);
        // CPython shows the tokenizer's line buffer, which still begins where a multi-line
        // token (a triple-quoted string) that ends on this line began; columns are then
        // converted to characters against that same text.
        int textStart = lineStart;
        for (int k = index - 1; k >= 0 && Tokens[k].EndLine == at.Line; k--)
        {
            if (Tokens[k].Line < at.Line)
                textStart = Math.Clamp(Tokens[k].Start - Math.Max(Tokens[k].Col, 0), 0, Buffer.Length);
        }
        int lineEnd = Array.IndexOf(Buffer, (byte)'\n', lineStart);
        int textEnd = lineEnd < 0 ? Buffer.Length : lineEnd + 1;
        var text = Buffer.AsSpan(textStart, textEnd - textStart);
        string shown = Encoding.UTF8.GetString(text);
        if (lineEnd < 0) shown += "\n";
        return new PythonSyntaxError("SyntaxError", message)
        {
            Filename = Filename,
            Lineno = at.Line,
            Offset = ErrorOffset(text, at.Col + 1),
            EndLineno = at.EndLine,
            EndOffset = at.EndCol < 0 ? at.EndCol : ErrorOffset(text, at.EndCol + 1),
            Text = shown,
        };
    }

    private int ErrorOffset(ReadOnlySpan<byte> line, int byteOffset) =>
        CharacterOffsets ? CharacterOffset(line, byteOffset) : byteOffset;

    // CPython converts a 1-based byte offset into characters by decoding that many bytes of
    // the line (reading the terminating NUL when the offset is one past the end).
    private static int CharacterOffset(ReadOnlySpan<byte> line, int byteOffset)
    {
        int length = line.Length;
        int extra = 0;
        if (byteOffset > length)
        {
            extra = 1;
            byteOffset = length;
        }
        int characters = 0;
        for (int i = 0; i < byteOffset; i++)
            if ((line[i] & 0xC0) != 0x80) characters++;
        return characters + extra;
    }
}

/// <summary>The shape of one STRING token's text: prefix flags and where the body lies.</summary>
internal readonly struct StringLiteralText
{
    public bool IsBytes { get; init; }
    public bool IsRaw { get; init; }
    public bool IsFormatted { get; init; }
    /// <summary>Offset of the first body byte (after prefix and opening quotes) in the buffer.</summary>
    public int BodyStart { get; init; }
    /// <summary>Offset one past the last body byte (before the closing quotes).</summary>
    public int BodyEnd { get; init; }

    public ReadOnlySpan<byte> Body(byte[] buffer) => buffer.AsSpan(BodyStart, BodyEnd - BodyStart);

    public static StringLiteralText Parse(byte[] buffer, in Token token)
    {
        bool isBytes = false, isRaw = false, isFormatted = false;
        int i = token.Start;
        for (; i < token.End; i++)
        {
            byte b = buffer[i];
            if (b == '\'' || b == '"') break;
            switch (b | 0x20)
            {
                case 'b': isBytes = true; break;
                case 'r': isRaw = true; break;
                case 'f': isFormatted = true; break;
            }
        }
        byte quote = buffer[i];
        int quoteLength = token.End - i >= 6 && buffer[i + 1] == quote && buffer[i + 2] == quote ? 3 : 1;
        return new StringLiteralText
        {
            IsBytes = isBytes,
            IsRaw = isRaw,
            IsFormatted = isFormatted,
            BodyStart = i + quoteLength,
            BodyEnd = token.End - quoteLength,
        };
    }
}

/// <summary>
/// Joins decoded str pieces; pieces are .NET strings except for the rare ones holding a
/// surrogate code point (<see cref="CodePointString"/>), which make the result one too.
/// </summary>
internal sealed class StrAccumulator
{
    private object? _single;
    private List<object>? _pieces;

    public bool IsEmpty => _single is null && _pieces is null;

    /// <summary>Appends a piece; empty pieces are dropped.</summary>
    public void Add(object piece)
    {
        if (piece is string { Length: 0 } || piece is CodePointString { Length: 0 }) return;
        if (_single is null && _pieces is null) { _single = piece; return; }
        if (_pieces is null)
        {
            _pieces = new List<object> { _single! };
            _single = null;
        }
        _pieces.Add(piece);
    }

    /// <summary>The joined value (empty string when nothing was added) and resets the accumulator.</summary>
    public object ToValue()
    {
        object result;
        if (_pieces is null)
        {
            result = _single ?? "";
        }
        else if (_pieces.TrueForAll(p => p is string))
        {
            var sb = new StringBuilder();
            foreach (var p in _pieces) sb.Append((string)p);
            result = sb.ToString();
        }
        else
        {
            var codePoints = new List<int>();
            foreach (var p in _pieces)
            {
                if (p is CodePointString cps) codePoints.AddRange(cps.CodePoints);
                else
                {
                    string s = (string)p;
                    for (int i = 0; i < s.Length; i++)
                    {
                        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        {
                            codePoints.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                            i++;
                        }
                        else codePoints.Add(s[i]);
                    }
                }
            }
            result = CodePointString.FromCodePoints(codePoints.ToArray());
        }
        _single = null;
        _pieces = null;
        return result;
    }
}
