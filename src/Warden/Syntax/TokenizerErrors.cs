using System.Text;

namespace Warden.Syntax;

// Builds errors with exactly the fields CPython 3.11 reports. CPython reports the position in
// two ways: errors raised inside its tokenizer count characters up to the tokenizer's cursor and
// show the line without its newline; errors raised by its parser for a failed token convert a
// 1-based byte column to characters and show the line with its newline when it is the line
// the tokenizer is on.
public sealed partial class Tokenizer
{
    /// <summary>Characters in the first <paramref name="byteCount"/> bytes of the line starting at <paramref name="lineStartPos"/> (clamped to the line and its newline).</summary>
    private int CharOffset(int lineStartPos, int byteCount)
    {
        int lineEnd = LineEnd(lineStartPos);
        int limit = Math.Min(lineStartPos + Math.Max(byteCount, 0), Math.Min(lineEnd + 1, buf.Length));
        int chars = 0;
        for (int i = lineStartPos; i < limit; i++)
            if ((buf[i] & 0xC0) != 0x80) chars++;
        return chars;
    }

    /// <summary>
    /// A 1-based byte column as CPython's parser reports it: converted to characters only when the
    /// source declared its encoding (BOM or coding cookie); otherwise left in bytes.
    /// </summary>
    private int ParserOffset(int lineStartPos, int byteOffset) =>
        ErrorOffsetsInCharacters ? CharOffset(lineStartPos, byteOffset) : byteOffset;

    /// <summary>
    /// True when CPython's parser reports error columns in characters: its tokenizer knows the
    /// source's encoding (a str, a BOM or a coding cookie). For undeclared bytes it reports bytes.
    /// </summary>
    internal bool ErrorOffsetsInCharacters => declaredEncoding;

    private int LineEnd(int lineStartPos)
    {
        int nl = buf.AsSpan(lineStartPos).IndexOf((byte)'\n');
        return nl < 0 ? buf.Length : lineStartPos + nl;
    }

    private string LineWithoutNewline(int lineStartPos) =>
        Encoding.UTF8.GetString(buf, lineStartPos, LineEnd(lineStartPos) - lineStartPos);

    /// <summary>CPython's tokenizer buffer: from <see cref="textStart"/> through the current line's newline.</summary>
    private string BufferText()
    {
        int end = Math.Min(LineEnd(lineStart) + 1, buf.Length);
        return Encoding.UTF8.GetString(buf, textStart, end - textStart);
    }

    private void Fail(PythonSyntaxError error, int errorPos)
    {
        Error = error;
        Add(TokenKind.Error, errorPos, errorPos, line, errorPos - lineStart, line, errorPos - lineStart);
    }

    /// <summary>An error raised inside CPython's tokenizer with the cursor at <paramref name="cursor"/> on the current line.</summary>
    private void FailAtCursor(string msg, int cursor)
    {
        int offset = CharOffset(lineStart, cursor - lineStart);
        Fail(new PythonSyntaxError("SyntaxError", msg)
        {
            Filename = filename, Lineno = line + lineOffset, Offset = offset,
            EndLineno = line + lineOffset, EndOffset = offset, Text = LineWithoutNewline(lineStart),
        }, cursor);
    }

    /// <summary>A tokenizer error with explicit 1-based byte columns (CPython does not convert these to characters).</summary>
    private void FailWithByteRange(string msg, int offset, int endOffset, int cursor)
    {
        Fail(new PythonSyntaxError("SyntaxError", msg)
        {
            Filename = filename, Lineno = line + lineOffset, Offset = offset,
            EndLineno = line + lineOffset, EndOffset = endOffset, Text = LineWithoutNewline(lineStart),
        }, cursor);
    }

    /// <summary>
    /// TabError / "too many levels of indentation": reported at column 1 of the current line with
    /// end offset 0 and the full line.
    /// </summary>
    private void FailIndentation(string type, string msg)
    {
        Fail(new PythonSyntaxError(type, msg)
        {
            Filename = filename, Lineno = line + lineOffset, Offset = 1,
            EndLineno = line + lineOffset, EndOffset = 0, Text = BufferText(),
        }, lineStart);
    }

    /// <summary>
    /// Errors CPython's parser raises at "the current position" after the tokenizer moved its cursor to
    /// the end of the line: the offset counts the whole line including its newline, end offset -1.
    /// </summary>
    private void FailAtLineEnd(string type, string msg)
    {
        int end = Math.Min(LineEnd(lineStart) + 1, buf.Length);
        Fail(new PythonSyntaxError(type, msg)
        {
            Filename = filename, Lineno = line + lineOffset, Offset = ParserOffset(lineStart, end - lineStart),
            EndLineno = line + lineOffset, EndOffset = -1, Text = BufferText(),
        }, end - 1);
    }

    private void FailUnclosedParenthesis(byte paren, int parenLine, int parenLineStart, int parenCol)
    {
        // The parser shows the line with its newline only when it is the tokenizer's current line.
        string text = parenLine == line ? BufferText() : LineWithoutNewline(parenLineStart);
        Fail(new PythonSyntaxError("SyntaxError", $"'{(char)paren}' was never closed")
        {
            Filename = filename, Lineno = parenLine + lineOffset, Offset = ParserOffset(parenLineStart, parenCol + 1),
            EndLineno = parenLine + lineOffset, EndOffset = 0, Text = text,
        }, buf.Length - 1);
    }
}
