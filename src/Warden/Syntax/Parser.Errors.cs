using System.Diagnostics.CodeAnalysis;
using System.Text;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// Syntax errors: the generic "invalid syntax" at the furthest token reached, and the specific
// messages CPython 3.11 gives for common mistakes.
public sealed partial class Parser
{
    /// <summary>
    /// Raises "invalid syntax" at the furthest token the parser reached, or the tokenizer's
    /// error when that token is where tokenizing stopped.
    /// </summary>
    [DoesNotReturn]
    private void Fail()
    {
        int at = Math.Max(_p, _furthest);
        if (at >= _n) at = _n - 1;
        ref Token t = ref _t[at];
        if (t.Kind == TokenKind.Error && _tok.Error is not null) throw _tok.Error;
        if (t.Kind == TokenKind.Indent) throw IndentationErrorAt("unexpected indent", at);
        if (t.Kind == TokenKind.EndMarker || t.Kind == TokenKind.Dedent)
        {
            // CPython reports a premature end of input at the end of the last real token's line.
            throw SyntaxErrorAt("invalid syntax", at, at);
        }
        throw SyntaxErrorAt("invalid syntax", at, at);
    }

    [DoesNotReturn]
    private void FailSimpleStatementEnd() => Fail();

    [DoesNotReturn]
    private void FailDelTarget()
    {
        if (StartsExpression(K) || K == TokenKind.Lambda) Fail();
        Fail();
    }

    [DoesNotReturn]
    private void FailExpectedColon()
    {
        if (K == TokenKind.Newline || K == TokenKind.EndMarker)
            throw SyntaxErrorAt("expected ':'", _p - 1, _p - 1, atEnd: true);
        Fail();
    }

    [DoesNotReturn]
    private void FailMultipleExceptionTypes(Expr first)
        => throw SyntaxErrorAtNodes("multiple exception types must be parenthesized", first, null);

    [DoesNotReturn]
    private void FailWalrusTarget(Expr target)
        => throw SyntaxErrorAtNode($"cannot use assignment expressions with {DescribeExpression(target)}", target);

    [DoesNotReturn]
    private void FailExpectedElse() => Fail();

    [DoesNotReturn]
    private void FailAtom() => Fail();

    [DoesNotReturn]
    private void FailStarredComprehension(Expr starred)
        => throw SyntaxErrorAtNode("iterable unpacking cannot be used in comprehension", starred);

    [DoesNotReturn]
    private void FailInParentheses(Expr last) => FailMaybeMissingComma(last);

    [DoesNotReturn]
    private void FailInBrackets(Expr last) => FailMaybeMissingComma(last);

    /// <summary>
    /// CPython suggests a forgotten comma when two expressions follow each other inside
    /// brackets (but not when the first is itself an operator-free keyword construct).
    /// </summary>
    [DoesNotReturn]
    private void FailMaybeMissingComma(Expr last)
    {
        if (StartsExpression(K) && K != TokenKind.Star && K != TokenKind.Not && K != TokenKind.Lambda
            && _furthest <= _p && last is not (Compare or BoolOp or IfExp or Lambda or NamedExpr or Starred)
            && K != TokenKind.Minus && K != TokenKind.Plus)
        {
            ref Token next = ref _t[_p];
            throw new PythonSyntaxError("SyntaxError", "invalid syntax. Perhaps you forgot a comma?")
            {
                Filename = _tok.Filename,
                Lineno = last.Lineno,
                Offset = CharOffset(last.Lineno, last.ColOffset) + 1,
                EndLineno = next.EndLine,
                EndOffset = CharOffset(next.EndLine, next.EndCol) + 1,
                Text = LineText(last.Lineno),
            };
        }
        Fail();
    }

    [DoesNotReturn]
    private void FailDictEntry(Expr key) => Fail();

    [DoesNotReturn]
    private void FailCallArgument() => Fail();

    [DoesNotReturn]
    private void FailKeywordArgument(Expr value)
        => throw SyntaxErrorAtNodes("expression cannot contain assignment, perhaps you meant \"==\"?", value, null, _p);

    [DoesNotReturn]
    private void FailCallEnd() => Fail();

    [DoesNotReturn]
    private void FailParameters() => Fail();

    // ---- exception construction -----------------------------------------------------------

    private PythonSyntaxError IndentationErrorAt(string message, int tokenIndex)
    {
        ref Token t = ref _t[tokenIndex];
        return new PythonSyntaxError("IndentationError", message)
        {
            Filename = _tok.Filename,
            Lineno = t.Line,
            Offset = CharOffset(t.Line, t.Col) + 1,
            EndLineno = t.EndLine,
            EndOffset = CharOffset(t.EndLine, t.EndCol) + 1,
            Text = LineText(t.Line),
        };
    }

    /// <summary>A SyntaxError spanning tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private PythonSyntaxError SyntaxErrorAt(string message, int first, int last, bool atEnd = false)
    {
        ref Token a = ref _t[first];
        ref Token b = ref _t[last];
        int line = atEnd ? a.EndLine : a.Line;
        int col = atEnd ? a.EndCol : a.Col;
        return new PythonSyntaxError("SyntaxError", message)
        {
            Filename = _tok.Filename,
            Lineno = line,
            Offset = CharOffset(line, col) + 1,
            EndLineno = b.EndLine,
            EndOffset = CharOffset(b.EndLine, b.EndCol) + 1,
            Text = LineText(line),
        };
    }

    private PythonSyntaxError SyntaxErrorAtNode(string message, PositionedNode node)
        => SyntaxErrorAtNodes(message, node, node);

    private PythonSyntaxError SyntaxErrorAtNodes(string message, PositionedNode first, PositionedNode? last, int endToken = -1)
    {
        int endLine, endCol;
        if (last is not null) { endLine = last.EndLineno; endCol = last.EndColOffset; }
        else if (endToken >= 0) { endLine = _t[endToken].EndLine; endCol = _t[endToken].EndCol; }
        else { endLine = first.EndLineno; endCol = first.EndColOffset; }
        return new PythonSyntaxError("SyntaxError", message)
        {
            Filename = _tok.Filename,
            Lineno = first.Lineno,
            Offset = CharOffset(first.Lineno, first.ColOffset) + 1,
            EndLineno = endLine,
            EndOffset = CharOffset(endLine, endCol) + 1,
            Text = LineText(first.Lineno),
        };
    }

    private string? LineText(int line)
    {
        try { return _tok.GetLineText(line); }
        catch (ArgumentOutOfRangeException) { return null; }
    }

    /// <summary>Converts a UTF-8 byte column to the character column CPython reports.</summary>
    private int CharOffset(int line, int byteCol)
    {
        string? text = LineText(line);
        if (text is null) return byteCol;
        int bytes = 0, chars = 0;
        while (chars < text.Length && bytes < byteCol)
        {
            char c = text[chars];
            if (char.IsHighSurrogate(c) && chars + 1 < text.Length) { bytes += 4; chars += 2; continue; }
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            chars++;
        }
        return chars + (byteCol > bytes ? byteCol - bytes : 0);
    }
}
