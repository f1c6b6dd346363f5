using System.Text;
using Warden.Syntax.Ast;

namespace Warden.Syntax;

/// <summary>
/// Builds the <see cref="JoinedStr"/> of a string run that contains f-strings, parsing each
/// f-string body the way CPython 3.11 does inside its string-concatenation step: literal
/// text and <c>{expression!conversion:format_spec}</c> fields, with adjacent literal text
/// merged into one <see cref="Constant"/> and empty text dropped.
/// Positions follow CPython 3.11: the Constant, FormattedValue and format-spec JoinedStr
/// nodes all span the whole string run, while field expressions are located where their
/// text sits in the source.
/// </summary>
internal sealed class FStringBuilder
{
    // CPython's limits: a format spec may hold fields, whose specs may not.
    private const int MaxFieldNesting = 2;
    private const int MaxParenthesisNesting = 200;

    private readonly StringRunSource _source;
    private readonly string? _kind;
    private readonly Token _first;
    private readonly Token _last;
    private readonly FieldList _top = new();

    public FStringBuilder(StringRunSource source, string? kind)
    {
        _source = source;
        _kind = kind;
        _first = source.Tokens[source.First];
        _last = source.Tokens[source.First + source.Count - 1];
    }

    /// <summary>Collected parts of one JoinedStr: finished nodes plus literal text not yet flushed.</summary>
    private sealed class FieldList
    {
        public readonly List<Expr> Parts = new();
        public readonly StrAccumulator PendingText = new();
    }

    /// <summary>Adds the decoded value of a plain (non-f) str literal of the run.</summary>
    public void AddLiteral(object value) => _top.PendingText.Add(value);

    /// <summary>Parses one f-string literal of the run into the result.</summary>
    public void AddFString(in Token token, in StringLiteralText literal)
    {
        int pos = literal.BodyStart;
        ParseFields(ref pos, literal.BodyEnd, literal.IsRaw, 0, _top, token);
    }

    /// <summary>The JoinedStr for the whole run.</summary>
    public JoinedStr Finish(in Token first, in Token last) => MakeJoinedStr(_top, first, last);

    private JoinedStr MakeJoinedStr(FieldList list, in Token first, in Token last)
    {
        // Text after the last field takes the JoinedStr's own span (which for a format spec
        // is its literal's), text before a field the whole run's: CPython 3.11 does so.
        FlushText(list, first, last);
        return new JoinedStr
        {
            Values = list.Parts.ToArray(),
            Lineno = first.Line,
            ColOffset = first.Col,
            EndLineno = last.EndLine,
            EndColOffset = last.EndCol,
        };
    }

    private void FlushText(FieldList list, in Token first, in Token last)
    {
        if (list.PendingText.IsEmpty) return;
        list.Parts.Add(StringLiterals.MakeConstant(list.PendingText.ToValue(), _kind, first, last));
    }

    /// <summary>
    /// Parses literal text and fields from <paramref name="pos"/> until <paramref name="end"/>
    /// or, inside a format spec (<paramref name="level"/> &gt; 0), until the closing '}'.
    /// </summary>
    private void ParseFields(ref int pos, int end, bool raw, int level, FieldList into, in Token token)
    {
        byte[] buffer = _source.Buffer;
        while (true)
        {
            bool doubledBrace = ScanLiteral(ref pos, end, raw, level, into);
            if (doubledBrace) continue;
            if (pos >= end || buffer[pos] == '}') return;
            ParseField(ref pos, end, raw, level, into, token);
        }
    }

    /// <summary>
    /// Consumes literal text up to the next field or the end. Returns true when it stopped at
    /// a doubled brace ("{{" or "}}" at the top level), whose single brace is part of the text.
    /// </summary>
    private bool ScanLiteral(ref int pos, int end, bool raw, int level, FieldList into)
    {
        byte[] buffer = _source.Buffer;
        int start = pos;
        int s = pos;
        bool doubledBrace = false;
        int literalEnd;
        while (true)
        {
            if (s >= end)
            {
                literalEnd = s;
                pos = s;
                break;
            }
            byte ch = buffer[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = buffer[s++];
                if (ch == 'N')
                {
                    // "\N{NAME}" braces belong to the escape, not to a field.
                    if (s < end && buffer[s++] == '{')
                    {
                        while (s < end && buffer[s++] != '}') { }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}')
            {
                if (level == 0)
                {
                    if (s < end && buffer[s] == ch)
                    {
                        literalEnd = s;
                        pos = s + 1;
                        doubledBrace = true;
                        break;
                    }
                    if (ch == '}')
                        throw _source.ErrorAtFollowingToken("f-string: single '}' is not allowed");
                }
                literalEnd = s - 1;
                pos = s - 1;
                break;
            }
        }
        if (literalEnd != start)
        {
            var text = buffer.AsSpan(start, literalEnd - start);
            into.PendingText.Add(EscapeDecoder.DecodeStr(text, raw));
        }
        return doubledBrace;
    }

    /// <summary>Parses one replacement field starting at its '{'.</summary>
    private void ParseField(ref int pos, int end, bool raw, int level, FieldList into, in Token token)
    {
        if (level >= MaxFieldNesting) throw Error("f-string: expressions nested too deeply");
        byte[] buffer = _source.Buffer;
        int brace = pos;
        pos++;
        int expressionStart = pos;
        byte quote = 0;
        bool tripleQuoted = false;
        Span<byte> openers = stackalloc byte[MaxParenthesisNesting];
        int depth = 0;
        for (; pos < end; pos++)
        {
            byte ch = buffer[pos];
            if (ch == '\\') throw Error("f-string expression part cannot include a backslash");
            if (quote != 0)
            {
                if (ch != quote) continue;
                if (tripleQuoted)
                {
                    if (pos + 2 < end && buffer[pos + 1] == ch && buffer[pos + 2] == ch)
                    {
                        pos += 2;
                        quote = 0;
                    }
                    continue;
                }
                quote = 0;
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                tripleQuoted = pos + 2 < end && buffer[pos + 1] == ch && buffer[pos + 2] == ch;
                if (tripleQuoted) pos += 2;
                quote = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (depth >= MaxParenthesisNesting) throw Error("f-string: too many nested parenthesis");
                openers[depth++] = ch;
            }
            else if (ch == '#')
            {
                throw Error("f-string expression part cannot include '#'");
            }
            else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                // "!=", "==", "<=" and ">=" are operators, not field delimiters.
                if (pos + 1 < end && buffer[pos + 1] == '=' && ch != ':' && ch != '}')
                {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (depth == 0) throw Error($"f-string: unmatched '{(char)ch}'");
                byte opener = openers[--depth];
                bool matches = (opener == '(' && ch == ')') || (opener == '[' && ch == ']') || (opener == '{' && ch == '}');
                if (!matches)
                    throw Error($"f-string: closing parenthesis '{(char)ch}' does not match opening parenthesis '{(char)opener}'");
            }
        }
        int expressionEnd = pos;
        if (quote != 0) throw Error("f-string: unterminated string");
        if (depth != 0) throw Error($"f-string: unmatched '{(char)openers[depth - 1]}'");
        if (pos >= end) throw ExpectingBrace();

        Expr expression = CompileExpression(brace, expressionStart, expressionEnd, token);

        object? selfDocumentingText = null;
        if (buffer[pos] == '=')
        {
            pos++;
            while (pos < end && IsPythonSpace(buffer[pos])) pos++;
            if (pos >= end) throw ExpectingBrace();
            selfDocumentingText = Encoding.UTF8.GetString(buffer, expressionStart, pos - expressionStart);
        }

        int conversion = -1;
        if (buffer[pos] == '!')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace();
            conversion = buffer[pos];
            pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }

        JoinedStr? formatSpec = null;
        if (pos >= end) throw ExpectingBrace();
        if (buffer[pos] == ':')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace();
            var spec = new FieldList();
            ParseFields(ref pos, end, raw, level + 1, spec, token);
            // CPython 3.11 gives a format spec the span of its own literal, while the nodes
            // inside it span the whole run like every other part.
            formatSpec = MakeJoinedStr(spec, token, token);
        }
        if (pos >= end || buffer[pos] != '}') throw ExpectingBrace();
        pos++;

        if (selfDocumentingText is not null)
        {
            into.PendingText.Add(selfDocumentingText);
            // "=" shows the repr unless a conversion or format spec says otherwise.
            if (conversion == -1 && formatSpec is null) conversion = 'r';
        }
        FlushText(into, _first, _last);
        into.Parts.Add(new FormattedValue
        {
            Value = expression,
            Conversion = conversion,
            FormatSpec = formatSpec,
            Lineno = _first.Line,
            ColOffset = _first.Col,
            EndLineno = _last.EndLine,
            EndColOffset = _last.EndCol,
        });
    }

    /// <summary>
    /// Parses the field's expression text wrapped in parentheses, as CPython does (so that
    /// leading whitespace and newlines are allowed), placed so that the '(' sits on the '{'.
    /// </summary>
    private Expr CompileExpression(int brace, int start, int end, in Token token)
    {
        byte[] buffer = _source.Buffer;
        int s = start;
        while (s < end && buffer[s] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f') s++;
        if (s == end)
        {
            byte terminator = buffer[end];
            if (terminator is (byte)'!' or (byte)':' or (byte)'=')
                throw Error($"f-string: expression required before '{(char)terminator}'");
            throw Error("f-string: empty expression not allowed");
        }

        // CPython's rule for where the expression starts: the line is the token's line plus
        // the newlines before the '{'; the column is the '{' column on that line (plus the
        // token's column when it is the token's first line), unless only whitespace follows
        // the '{' on its line, in which case the expression really starts on a later line.
        int lines = 0;
        int lastNewline = -1;
        for (int i = token.Start; i < brace; i++)
        {
            if (buffer[i] == '\n')
            {
                lines++;
                lastNewline = i;
            }
        }
        bool newlineAfterBrace = true;
        for (int i = brace + 1; i < end && buffer[i] != '}' && buffer[i] != '\n'; i++)
        {
            if (buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f'))
            {
                newlineAfterBrace = false;
                break;
            }
        }
        int columns = 0;
        if (!newlineAfterBrace) columns = lastNewline >= 0 ? brace - lastNewline - 1 : brace - token.Start;
        int firstLineColOffset = lines == 0 ? token.Col + columns : columns;
        int lineOffset = token.Line + lines - 1;

        var text = new byte[end - start + 2];
        text[0] = (byte)'(';
        buffer.AsSpan(start, end - start).CopyTo(text.AsSpan(1));
        text[^1] = (byte)')';
        try
        {
            return _source.ParseExpression(text, lineOffset, firstLineColOffset);
        }
        catch (PythonSyntaxError e) when (!e.Msg.StartsWith("f-string", StringComparison.Ordinal)
                                          && !IsTokenizerError(e, text, lineOffset, firstLineColOffset))
        {
            throw AsFStringParserError(e, text, lineOffset, firstLineColOffset);
        }
    }

    // Tokenizer errors of fields (at any nesting depth) that must pass through unchanged.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PythonSyntaxError, object> TokenizerErrors = new();

    // Errors found by the tokenizer of a field's text keep their message, as in CPython.
    private bool IsTokenizerError(PythonSyntaxError e, byte[] text, int lineOffset, int colOffset)
    {
        if (TokenizerErrors.TryGetValue(e, out _)) return true;
        var tok = new Tokenizer(text, new TokenizerOptions
        {
            Filename = _source.Filename, LineOffset = lineOffset, FirstLineColOffset = colOffset,
        });
        var error = tok.Error;
        bool fromTokenizer = error is not null && error.Msg == e.Msg && error.Lineno == e.Lineno && error.Offset == e.Offset;
        if (fromTokenizer) TokenizerErrors.AddOrUpdate(e, TokenizerErrors);
        return fromTokenizer;
    }

    /// <summary>
    /// CPython 3.11 reports a parser error inside a replacement field with "f-string: " before
    /// the message, columns in bytes relative to the field's parenthesized text (the first
    /// line's column shift is taken off again, on every line) and that text's line.
    /// </summary>
    private PythonSyntaxError AsFStringParserError(PythonSyntaxError e, byte[] text, int lineOffset, int colOffset)
    {
        int lineIndex = e.Lineno - lineOffset - 1;
        int lineStart = 0;
        for (int i = 0; i < lineIndex && lineStart < text.Length; i++)
        {
            int nl = Array.IndexOf(text, (byte)'\n', lineStart);
            lineStart = nl < 0 ? text.Length : nl + 1;
        }
        int lineEnd = Array.IndexOf(text, (byte)'\n', lineStart);
        // The last line is shown with the newline CPython's tokenizer adds; an earlier one without.
        string lineText = lineEnd < 0
            ? Encoding.UTF8.GetString(text, lineStart, text.Length - lineStart) + "\n"
            : Encoding.UTF8.GetString(text, lineStart, lineEnd - lineStart);
        return new PythonSyntaxError(e.PythonType, "f-string: " + e.Msg)
        {
            Filename = e.Filename,
            Lineno = e.Lineno,
            Offset = e.Offset - colOffset,
            EndLineno = e.EndLineno,
            EndOffset = e.EndOffset > 0 ? e.EndOffset - colOffset : e.EndOffset,
            Text = lineText,
        };
    }

    private static bool IsPythonSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;

    private PythonSyntaxError Error(string message) => _source.ErrorAtFollowingToken(message);

    private PythonSyntaxError ExpectingBrace() => Error("f-string: expecting '}'");
}
