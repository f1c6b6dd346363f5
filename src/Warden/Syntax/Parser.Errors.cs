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
    private void FailAssignmentTarget(Expr target, bool first, int statementStart)
    {
        if (target is Yield or YieldFrom && first)
            throw SyntaxErrorAtNode("assignment to yield expression not possible", target);
        if (first && IsBitwiseOrLevel(target, statementStart))
        {
            // CPython's invalid_named_expression: 'a = b' where b is a single operand suggests '=='.
            int saved = _p;
            _p++;
            bool singleOperand = false;
            try
            {
                if (StartsExpression(K) && K != TokenKind.Star && K != TokenKind.Not && K != TokenKind.Lambda)
                {
                    ParseBitOr();
                    singleOperand = K != TokenKind.Equal && K != TokenKind.ColonEqual;
                }
            }
            catch (PythonSyntaxError)
            {
            }
            _p = saved;
            if (singleOperand)
                throw SyntaxErrorAtNode($"cannot assign to {DescribeExpression(target)} here. Maybe you meant '==' instead of '='?", target);
        }
        throw InvalidTargetError(target, AssignmentKind.Assign);
    }

    /// <summary>
    /// True when <paramref name="e"/> (starting at token <paramref name="startToken"/>) is a
    /// bitwise_or-level expression that does not start with a list, tuple, generator
    /// expression, True, None or False, as CPython's invalid_named_expression requires.
    /// </summary>
    private bool IsBitwiseOrLevel(Expr e, int startToken)
    {
        if (e is Compare or BoolOp or UnaryOp { Op: UnaryOpKind.Not } or Lambda or IfExp or NamedExpr
            or Starred or Tuple or List or GeneratorExp or Yield or YieldFrom)
            return false;
        TokenKind first = _t[startToken].Kind;
        if (first is TokenKind.True or TokenKind.False or TokenKind.None) return false;
        if (first is TokenKind.LPar or TokenKind.LSqb)
        {
            // A leading display ('[1] + a', '(a, b).x') is excluded too; a parenthesized
            // single expression is not.
            int save = _p;
            _p = startToken;
            bool excluded = false;
            try
            {
                Expr atom = ParseAtom();
                excluded = atom is Tuple or List or GeneratorExp;
            }
            catch (PythonSyntaxError)
            {
            }
            _p = save;
            if (excluded) return false;
        }
        return true;
    }

    [DoesNotReturn]
    private void FailSimpleStatementEnd(int statementStart)
    {
        ref Token first = ref _t[statementStart];
        if (first.Kind == TokenKind.Name && statementStart + 1 < _n && _t[statementStart + 1].Kind != TokenKind.LPar)
        {
            string name = _tok.GetName(in first);
            if (name is "print" or "exec")
            {
                int saved = _p;
                _p = statementStart + 1;
                try
                {
                    if (StartsExpression(K))
                    {
                        ParseStarExpressions();
                        throw SyntaxErrorAt($"Missing parentheses in call to '{name}'. Did you mean {name}(...)?", statementStart, _p - 1);
                    }
                }
                catch (PythonSyntaxError e) when (e.Msg == "invalid syntax")
                {
                }
                _p = saved;
            }
        }
        Fail();
    }

    /// <summary>
    /// As CPython's invalid_del_stmt: re-reads everything after 'del' as expressions and names
    /// the first part that cannot be deleted.
    /// </summary>
    [DoesNotReturn]
    private void FailDelTarget(int delToken)
    {
        int failedAt = _p;
        _p = delToken + 1;
        Expr? bad = null;
        try
        {
            if (StartsExpression(K)) bad = FindInvalidTarget(ParseStarExpressions(), AssignmentKind.Delete);
        }
        catch (PythonSyntaxError)
        {
        }
        if (bad is not null) throw SyntaxErrorAtNode($"cannot delete {DescribeExpression(bad)}", bad);
        _p = failedAt;
        Fail();
    }

    [DoesNotReturn]
    private void FailExpectedColon()
    {
        if (K == TokenKind.Newline || K == TokenKind.EndMarker)
            throw SyntaxErrorAt("expected ':'", _p - 1, _p - 1, atEnd: true);
        if (K == TokenKind.Arrow) throw SyntaxErrorAt("expected ':'", _p, _p);
        Fail();
    }

    [DoesNotReturn]
    private void FailMultipleExceptionTypes(Expr first)
    {
        try
        {
            while (K == TokenKind.Comma)
            {
                _p++;
                ParseExpression();
            }
            if (K == TokenKind.As) { _p++; ExpectName(); }
        }
        catch (PythonSyntaxError)
        {
            Fail();
        }
        if (K != TokenKind.Colon) Fail();
        throw SyntaxErrorAtNodes("multiple exception types must be parenthesized", first, null, _p - 1);
    }

    [DoesNotReturn]
    private void FailWalrusTarget(Expr target)
        => throw SyntaxErrorAtNode($"cannot use assignment expressions with {DescribeExpression(target)}", target);

    /// <summary>CPython's invalid_named_expression for 'a = b' where an expression was expected.</summary>
    private void FailAssignmentInExpression(Expr target, int targetStart)
    {
        if (!IsBitwiseOrLevel(target, targetStart)) return;
        int saved = _p;
        _p++;
        Expr? value = null;
        try
        {
            if (StartsExpression(K) && K != TokenKind.Star && K != TokenKind.Not && K != TokenKind.Lambda)
            {
                value = ParseBitOr();
                if (K == TokenKind.Equal || K == TokenKind.ColonEqual) value = null;
            }
        }
        catch (PythonSyntaxError)
        {
        }
        _p = saved;
        if (value is null) return;
        if (target is Name)
            throw SyntaxErrorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target, value);
        throw SyntaxErrorAtNode($"cannot assign to {DescribeExpression(target)} here. Maybe you meant '==' instead of '='?", target);
    }

    [DoesNotReturn]
    private void FailExpectedElse(Expr body, Expr test)
    {
        if (K == TokenKind.Colon) Fail();
        throw SyntaxErrorAtNodes("expected 'else' after 'if' expression", body, test);
    }

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
        if (StartsExpression(K) && K != TokenKind.Star && _furthest <= _p
            && last is not (IfExp or Lambda or NamedExpr or Starred))
        {
            int saved = _p;
            Expr? next = null;
            try { next = ParseExpression(); }
            catch (PythonSyntaxError) { }
            // CPython looked one token past the second expression.
            if (_p > _furthest) _furthest = _p;
            _p = saved;
            if (next is not null)
                throw SyntaxErrorAtNodes("invalid syntax. Perhaps you forgot a comma?", last, next);
        }
        Fail();
    }

    [DoesNotReturn]
    private void FailDictEntry(Expr key)
    {
        if (K != TokenKind.Comma && K != TokenKind.RBrace) Fail();
        // CPython reports this one with an end column of 0.
        throw new PythonSyntaxError("SyntaxError", "':' expected after dictionary key")
        {
            Filename = _tok.Filename,
            Lineno = _t[_p - 1].Line,
            Offset = CharOffset(_t[_p - 1].Line, _t[_p - 1].Col) + 1,
            EndLineno = _t[_p - 1].Line,
            EndOffset = 0,
            Text = LineText(_t[_p - 1].Line),
        };
    }

    [DoesNotReturn]
    private void FailCallArgument() => Fail();

    [DoesNotReturn]
    private void FailKeywordArgument(Expr value)
        => throw SyntaxErrorAtNodes("expression cannot contain assignment, perhaps you meant \"==\"?", value, null, _p);

    [DoesNotReturn]
    private void FailCallEnd(int argMark)
    {
        if (_exprs.Count > argMark) FailMaybeMissingComma(_exprs[_exprs.Count - 1]);
        Fail();
    }

    [DoesNotReturn]
    private void FailParameters() => Fail();

    // ---- exception construction -----------------------------------------------------------

    /// <summary>
    /// An IndentationError at token <paramref name="tokenIndex"/>. CPython's INDENT tokens have
    /// no column, so it reports the column after the indentation and no end; at the end of
    /// input it reports the end of the last line.
    /// </summary>
    private PythonSyntaxError IndentationErrorAt(string message, int tokenIndex)
    {
        ref Token t = ref _t[tokenIndex];
        int line = t.Line, offset, endLine = t.EndLine, endOffset;
        if (t.Kind == TokenKind.Indent)
        {
            ref Token next = ref _t[Math.Min(tokenIndex + 1, _n - 1)];
            offset = CharOffset(next.Line, next.Col);
            endOffset = -1;
        }
        else if (t.Kind == TokenKind.EndMarker && tokenIndex > 0)
        {
            ref Token newline = ref _t[tokenIndex - 1];
            line = endLine = newline.Line;
            offset = CharOffset(line, newline.Col) + 1;
            endOffset = -1;
        }
        else
        {
            offset = CharOffset(t.Line, t.Col) + 1;
            endOffset = CharOffset(t.EndLine, t.EndCol) + 1;
        }
        return new PythonSyntaxError("IndentationError", message)
        {
            Filename = _tok.Filename,
            Lineno = line,
            Offset = offset,
            EndLineno = endLine,
            EndOffset = endOffset,
            Text = LineText(line),
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
