namespace Warden.Syntax;

// The main loop: indentation at the start of each logical line, then one token at a time.
// It follows the observable behaviour of CPython 3.11's tokenizer (which tokens, where, and
// which error first); the buffer always ends with '\n', so most loops need no bounds check
// beyond that byte.
public sealed partial class Tokenizer
{
    private int pos;
    private int line = 1;
    private int lineStart;

    private readonly int[] indentStack = new int[MaxIndentLevels + 1];
    private readonly int[] altIndentStack = new int[MaxIndentLevels + 1];
    private int indentDepth;

    private readonly byte[] parenChars = new byte[MaxParenLevels];
    private readonly int[] parenLines = new int[MaxParenLevels];
    private readonly int[] parenLineStarts = new int[MaxParenLevels];
    private readonly int[] parenCols = new int[MaxParenLevels];
    private int parenDepth;

    /// <summary>
    /// Where CPython's tokenizer buffer starts: the first line of the token in progress when a new
    /// line is read in the middle of one (a string or a backslash continuation), else the current
    /// line. Errors show the text from here, and the continuation error counts its column from here.
    /// </summary>
    private int textStart;

    /// <summary>
    /// Moves past a '\n' at <paramref name="newlinePos"/>; the line number only advances when more
    /// input follows, as in CPython. <paramref name="insideToken"/> keeps <see cref="textStart"/>.
    /// </summary>
    private void StepOverNewline(int newlinePos, bool insideToken)
    {
        pos = newlinePos + 1;
        if (pos < buf.Length)
        {
            line++;
            lineStart = pos;
            if (!insideToken) textStart = pos;
        }
    }

    private void Scan()
    {
        byte[] b = buf;
        int n = b.Length;
        bool atLineStart = true;
        while (true)
        {
            bool blankLine = false;
            if (atLineStart)
            {
                atLineStart = false;
                int col = 0, altCol = 0;
                // A backslash in the indentation joins the next line; the first one fixes the level.
                int continuationCol = 0;
                while (pos < n)
                {
                    byte c = b[pos];
                    if (c == ' ') { col++; altCol++; }
                    else if (c == '\t') { col = (col / 8 + 1) * 8; altCol++; }
                    else if (c == '\f') { col = altCol = 0; }
                    else if (c == '\\')
                    {
                        if (continuationCol == 0) continuationCol = col;
                        // No token has started yet, so CPython's buffer moves on to the joined line.
                        if (!ScanContinuation(pos, insideToken: false)) return;
                        continue;
                    }
                    else break;
                    pos++;
                }
                if (pos < n && (b[pos] == '#' || b[pos] == '\n')) blankLine = true;
                if (continuationCol != 0) col = altCol = continuationCol;
                if (!blankLine && parenDepth == 0 && !ApplyIndentation(col, altCol)) return;
            }

            // Skip blanks between tokens.
            while (pos < n && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\f')) pos++;
            int start = pos;
            if (pos < n && b[pos] == '#')
            {
                int nl = b.AsSpan(pos).IndexOf((byte)'\n');
                pos = nl < 0 ? n : pos + nl;
            }
            if (pos >= n)
            {
                if (parenDepth > 0)
                {
                    int d = parenDepth - 1;
                    FailUnclosedParenthesis(parenChars[d], parenLines[d], parenLineStarts[d], parenCols[d]);
                    return;
                }
                // DEDENTs for open blocks, then ENDMARKER, all on the last line.
                while (indentDepth > 0)
                {
                    indentDepth--;
                    Add(TokenKind.Dedent, n, n, line, -1, line, -1);
                }
                Add(TokenKind.EndMarker, n, n, line, -1, line, -1);
                return;
            }

            byte ch = b[pos];
            if (ch == '\n')
            {
                // After a comment CPython's NEWLINE starts at the '#' and ends at the '\n'.
                int nlLine = line, nlCol = start - lineStart, nlEndCol = pos - lineStart, nlPos = pos;
                StepOverNewline(pos, insideToken: false);
                atLineStart = true;
                if (blankLine || parenDepth > 0) continue;
                Add(TokenKind.Newline, start, nlPos, nlLine, nlCol, nlLine, nlEndCol);
                continue;
            }
            if (!ScanToken(start)) return;
        }
    }

    /// <summary>Compares a new line's indentation with the stack; queues INDENT/DEDENT tokens or records an error.</summary>
    private bool ApplyIndentation(int col, int altCol)
    {
        int top = indentStack[indentDepth];
        if (col == top)
        {
            if (altCol != altIndentStack[indentDepth]) { FailTab(); return false; }
        }
        else if (col > top)
        {
            if (indentDepth + 1 >= MaxIndentLevels)
            {
                FailIndentation("IndentationError", "too many levels of indentation");
                return false;
            }
            if (altCol <= altIndentStack[indentDepth]) { FailTab(); return false; }
            indentDepth++;
            indentStack[indentDepth] = col;
            altIndentStack[indentDepth] = altCol;
            Add(TokenKind.Indent, pos, pos, line, -1, line, -1);
        }
        else
        {
            int dedents = 0;
            while (indentDepth > 0 && col < indentStack[indentDepth])
            {
                indentDepth--;
                dedents++;
            }
            if (col != indentStack[indentDepth])
            {
                FailAtLineEnd("IndentationError", "unindent does not match any outer indentation level");
                return false;
            }
            if (altCol != altIndentStack[indentDepth]) { FailTab(); return false; }
            for (int i = 0; i < dedents; i++) Add(TokenKind.Dedent, pos, pos, line, -1, line, -1);
        }
        return true;
    }

    private void FailTab() => FailIndentation("TabError", "inconsistent use of tabs and spaces in indentation");

    /// <summary>Scans one token starting at <paramref name="start"/> (not a newline, comment or EOF).</summary>
    private bool ScanToken(int start)
    {
        byte[] b = buf;
        byte c = b[start];
        if (c >= 0x80 || IsAsciiIdentifierStart(c))
            return ScanNameOrPrefixedString(start);
        if ((uint)(c - '0') <= 9)
            return ScanNumber(start);
        switch (c)
        {
            case (byte)'"':
            case (byte)'\'':
                return ScanString(start, start);
            case (byte)'.':
                if ((uint)(b[start + 1] - '0') <= 9) return ScanNumber(start);
                if (b[start + 1] == '.' && b[start + 2] == '.') return Emit(TokenKind.Ellipsis, start, 3);
                return Emit(TokenKind.Dot, start, 1);
            case (byte)'\\':
                return ScanContinuation(start, insideToken: true);
            case (byte)'(':
            case (byte)'[':
            case (byte)'{':
                return OpenParen(start, c);
            case (byte)')':
            case (byte)']':
            case (byte)'}':
                return CloseParen(start, c);
        }
        return ScanOperator(start, c);
    }

    private static bool IsAsciiIdentifierStart(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsAsciiIdentifierChar(byte c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9;

    /// <summary>CPython's is_potential_identifier_char: ASCII letters, digits, '_' and any non-ASCII byte.</summary>
    private static bool IsPotentialIdentifierChar(int c) => c >= 0x80 || (c >= 0 && IsAsciiIdentifierChar((byte)c));

    private bool Emit(TokenKind kind, int start, int length)
    {
        int col = start - lineStart;
        Add(kind, start, start + length, line, col, line, col + length);
        pos = start + length;
        return true;
    }

    private bool OpenParen(int start, byte c)
    {
        if (parenDepth >= MaxParenLevels)
        {
            FailAtCursor("too many nested parentheses", start + 1);
            return false;
        }
        parenChars[parenDepth] = c;
        parenLines[parenDepth] = line;
        parenLineStarts[parenDepth] = lineStart;
        parenCols[parenDepth] = start - lineStart;
        parenDepth++;
        return Emit(c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace, start, 1);
    }

    private bool CloseParen(int start, byte c)
    {
        if (parenDepth == 0)
        {
            FailAtCursor($"unmatched '{(char)c}'", start + 1);
            return false;
        }
        parenDepth--;
        byte opening = parenChars[parenDepth];
        bool matches = (opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}');
        if (!matches)
        {
            string msg = parenLines[parenDepth] != line
                ? $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}' on line {parenLines[parenDepth] + lineOffset}"
                : $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}'";
            FailAtCursor(msg, start + 1);
            return false;
        }
        return Emit(c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace, start, 1);
    }

    private bool ScanContinuation(int start, bool insideToken)
    {
        int next = start + 1;
        if (buf[next] != '\n')
        {
            // CPython reports the character after the backslash, 1-based, counted from the start of its buffer; end 0.
            int offset = ParserOffset(textStart, next + 1 - textStart);
            Fail(new PythonSyntaxError("SyntaxError", "unexpected character after line continuation character")
            {
                Filename = filename, Lineno = line + lineOffset, Offset = offset,
                EndLineno = line + lineOffset, EndOffset = 0, Text = BufferText(),
            }, next);
            return false;
        }
        if (next + 1 >= buf.Length)
        {
            if (parenDepth > 0)
            {
                int d = parenDepth - 1;
                FailUnclosedParenthesis(parenChars[d], parenLines[d], parenLineStarts[d], parenCols[d]);
            }
            else FailAtLineEnd("SyntaxError", "unexpected EOF while parsing");
            return false;
        }
        StepOverNewline(next, insideToken);
        return true;
    }

    private bool ScanOperator(int start, byte c)
    {
        byte[] b = buf;
        byte c2 = start + 1 < b.Length ? b[start + 1] : (byte)0;
        byte c3 = start + 2 < b.Length ? b[start + 2] : (byte)0;
        switch (c)
        {
            case (byte)':':
                return c2 == '=' ? Emit(TokenKind.ColonEqual, start, 2) : Emit(TokenKind.Colon, start, 1);
            case (byte)',': return Emit(TokenKind.Comma, start, 1);
            case (byte)';': return Emit(TokenKind.Semi, start, 1);
            case (byte)'+': return c2 == '=' ? Emit(TokenKind.PlusEqual, start, 2) : Emit(TokenKind.Plus, start, 1);
            case (byte)'-':
                if (c2 == '=') return Emit(TokenKind.MinEqual, start, 2);
                if (c2 == '>') return Emit(TokenKind.Arrow, start, 2);
                return Emit(TokenKind.Minus, start, 1);
            case (byte)'*':
                if (c2 == '*') return c3 == '=' ? Emit(TokenKind.DoubleStarEqual, start, 3) : Emit(TokenKind.DoubleStar, start, 2);
                return c2 == '=' ? Emit(TokenKind.StarEqual, start, 2) : Emit(TokenKind.Star, start, 1);
            case (byte)'/':
                if (c2 == '/') return c3 == '=' ? Emit(TokenKind.DoubleSlashEqual, start, 3) : Emit(TokenKind.DoubleSlash, start, 2);
                return c2 == '=' ? Emit(TokenKind.SlashEqual, start, 2) : Emit(TokenKind.Slash, start, 1);
            case (byte)'|': return c2 == '=' ? Emit(TokenKind.VBarEqual, start, 2) : Emit(TokenKind.VBar, start, 1);
            case (byte)'&': return c2 == '=' ? Emit(TokenKind.AmperEqual, start, 2) : Emit(TokenKind.Amper, start, 1);
            case (byte)'<':
                if (c2 == '<') return c3 == '=' ? Emit(TokenKind.LeftShiftEqual, start, 3) : Emit(TokenKind.LeftShift, start, 2);
                if (c2 == '=') return Emit(TokenKind.LessEqual, start, 2);
                // "<>" is CPython's NOTEQUAL token too; its parser rejects the spelling without barry_as_FLUFL.
                if (c2 == '>') return Emit(TokenKind.NotEqual, start, 2);
                return Emit(TokenKind.Less, start, 1);
            case (byte)'>':
                if (c2 == '>') return c3 == '=' ? Emit(TokenKind.RightShiftEqual, start, 3) : Emit(TokenKind.RightShift, start, 2);
                return c2 == '=' ? Emit(TokenKind.GreaterEqual, start, 2) : Emit(TokenKind.Greater, start, 1);
            case (byte)'=': return c2 == '=' ? Emit(TokenKind.EqEqual, start, 2) : Emit(TokenKind.Equal, start, 1);
            case (byte)'%': return c2 == '=' ? Emit(TokenKind.PercentEqual, start, 2) : Emit(TokenKind.Percent, start, 1);
            case (byte)'~': return Emit(TokenKind.Tilde, start, 1);
            case (byte)'^': return c2 == '=' ? Emit(TokenKind.CircumflexEqual, start, 2) : Emit(TokenKind.Circumflex, start, 1);
            case (byte)'@': return c2 == '=' ? Emit(TokenKind.AtEqual, start, 2) : Emit(TokenKind.At, start, 1);
            case (byte)'!': return c2 == '=' ? Emit(TokenKind.NotEqual, start, 2) : Emit(TokenKind.Exclamation, start, 1);
        }
        if (c < 0x20 || c == 0x7F)
        {
            FailAtCursor($"invalid non-printable character U+{c:X4}", start + 1);
            return false;
        }
        // '$', '?' and '`' are generic OP tokens in CPython 3.11 that no grammar rule accepts;
        // Exclamation is the one kind that plays the same role here.
        return Emit(TokenKind.Exclamation, start, 1);
    }
}
