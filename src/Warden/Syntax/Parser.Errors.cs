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
        if (t.Kind == TokenKind.Indent || t.Kind == TokenKind.Dedent)
        {
            _failedOnIndentation = true;
            throw IndentationErrorAt(t.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent", at);
        }
        throw SyntaxErrorAt("invalid syntax", at, at);
    }

    /// <summary>
    /// Reports an invalid target of an assignment statement. Before naming it, CPython's
    /// invalid_assignment re-reads the statement's first target, and its invalid_named_expression
    /// objects to a 'target = operand' there that is not followed by another '='.
    /// </summary>
    [DoesNotReturn]
    private void FailAssignmentTarget(Expr target, Expr firstTarget, int firstEqual, int statementStart)
    {
        int targetStart = TokenIndexAt(target);
        bool parenthesized = targetStart > 0 && _t[targetStart - 1].Kind == TokenKind.LPar;
        if (target is Yield or YieldFrom && !parenthesized)
            throw SyntaxErrorAtNode("assignment to yield expression not possible", target);
        // The expression right before the first '=': the whole first target, or the last
        // element of an unparenthesized tuple.
        Expr operand = firstTarget is Tuple { Elts.Length: > 0 } t && !EndsWithOwnParenthesis(t)
            ? t.Elts[^1]
            : firstTarget;
        int operandStart = operand == firstTarget ? statementStart : TokenIndexAt(operand);
        if (operand is Name || IsBitwiseOrLevel(operand, operandStart) || operand is Yield or YieldFrom)
        {
            int failedAt = _p;
            _p = firstEqual;
            Expr? value = SingleOperandAfterEqual();
            _p = failedAt;
            if (value is not null)
            {
                if (operand is Name)
                    throw SyntaxErrorAtNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", operand, value);
                throw SyntaxErrorAtNode($"cannot assign to {DescribeExpression(operand)} here. Maybe you meant '==' instead of '='?", operand);
            }
        }
        throw InvalidTargetError(target, AssignmentKind.Assign);
    }

    /// <summary>
    /// The bitwise_or operand after the current '=' when nothing but the end of the assignment
    /// follows it (no further '=' or ':='), else null.
    /// </summary>
    private Expr? SingleOperandAfterEqual()
    {
        int saved = _p;
        _p++;
        Expr? value = null;
        try
        {
            if (StartsExpression(K) && K != TokenKind.Star && K != TokenKind.Not && K != TokenKind.Lambda)
            {
                // PEG backtracking: the longest prefix that is a bitwise_or ('a -' gives 'a').
                value = ParseLeniently(ParseBitOr);
                if (_p > _furthest) _furthest = _p;
                if (K == TokenKind.Equal || K == TokenKind.ColonEqual) value = null;
            }
        }
        catch (PythonSyntaxError)
        {
            value = null;
        }
        _p = saved;
        return value;
    }

    /// <summary>The index of the first token of <paramref name="node"/> (searching back from the current token).</summary>
    private int TokenIndexAt(PositionedNode node)
    {
        for (int i = Math.Min(_p, _n - 1); i >= 0; i--)
        {
            ref Token t = ref _t[i];
            if (t.Line == node.Lineno && t.Col == node.ColOffset && t.Kind is not (TokenKind.Indent or TokenKind.Dedent)) return i;
            if (t.Line < node.Lineno) break;
        }
        return 0;
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
        // CPython's invalid_legacy_expression: 'print x' / 'exec x' anywhere in the statement.
        int failedAt = _p;
        int lineEnd = failedAt;
        while (lineEnd < _n && _t[lineEnd].Kind is not (TokenKind.Newline or TokenKind.EndMarker or TokenKind.Error)) lineEnd++;
        bool outerCandidate = false;
        for (int i = statementStart; i < failedAt && !outerCandidate; i++) outerCandidate = IsLegacyCandidate(i, statementStart);
        // The innermost candidate wins in CPython: it is reached while parsing the outer one's operand.
        for (int i = lineEnd - 1; outerCandidate && i >= statementStart; i--)
        {
            if (!IsLegacyCandidate(i, statementStart)) continue;
            string name = _tok.GetName(in _t[i]);
            _p = i + 1;
            Expr? argument = ParseLeniently(ParseStarExpressions);
            if (argument is not null)
                throw SyntaxErrorAt($"Missing parentheses in call to '{name}'. Did you mean {name}(...)?", i, _p - 1);
            _p = failedAt;
        }
        _p = failedAt;
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
            Expr? e = StartsExpression(K) ? ParseLeniently(ParseStarExpressions) : null;
            if (e is not null) bad = FindInvalidTarget(e, AssignmentKind.Delete);
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
        if (K == TokenKind.Newline) throw SyntaxErrorAt("expected ':'", _p, _p);
        if (K == TokenKind.EndMarker) throw SyntaxErrorAt("expected ':'", _p - 1, _p - 1, atEnd: true);
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
                // PEG backtracking: the longest prefix that is a bitwise_or ('a -' gives 'a').
                value = ParseLeniently(ParseBitOr);
                if (_p > _furthest) _furthest = _p;
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
        PythonSyntaxError? error = MissingCommaError(last);
        if (error is not null) throw error;
        Fail();
    }

    /// <summary>"Perhaps you forgot a comma?" when an expression follows <paramref name="last"/>, else null.</summary>
    private PythonSyntaxError? MissingCommaError(Expr last)
    {
        if (StartsExpression(K) && K != TokenKind.Star && _furthest <= _p
            && last is not (IfExp or Lambda or NamedExpr or Starred) && !StartsWithNameStringOrSoftKeyword(last))
        {
            int saved = _p;
            Expr? next = ParseLeniently(ParseExpression);
            // CPython looked one token past the second expression.
            if (next is not null && _p > _furthest) _furthest = _p;
            _p = saved;
            if (next is not null)
                return SyntaxErrorAtNodes("invalid syntax. Perhaps you forgot a comma?", last, next);
        }
        return null;
    }

    /// <summary>A NAME 'print'/'exec' at the start of an expression, followed by an operand.</summary>
    private bool IsLegacyCandidate(int i, int statementStart)
    {
        ref Token candidate = ref _t[i];
        if (candidate.Kind != TokenKind.Name || i + 1 >= _n || _t[i + 1].Kind == TokenKind.LPar
            || !StartsExpression(_t[i + 1].Kind))
            return false;
        string name = _tok.GetName(in candidate);
        if (name is not ("print" or "exec")) return false;
        if (i == statementStart || StartsAnExpressionAfter(_t[i - 1].Kind)) return true;
        // The operand of an outer 'print' starts an expression too.
        return _t[i - 1].Kind == TokenKind.Name && _tok.GetName(in _t[i - 1]) is "print" or "exec";
    }

    /// <summary>Whether an <c>expression</c> (not just an operand) can start after a token of this kind.</summary>
    private static bool StartsAnExpressionAfter(TokenKind previous) => previous is TokenKind.Equal or TokenKind.Comma
        or TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace or TokenKind.Colon or TokenKind.Semi
        or TokenKind.Return or TokenKind.If or TokenKind.Else or TokenKind.Elif or TokenKind.While
        or TokenKind.Assert or TokenKind.In or TokenKind.Yield or TokenKind.Raise or TokenKind.From
        or TokenKind.At or TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent
        || AugmentedOperator(previous) is not null;

    /// <summary>CPython's comma hint excludes 'NAME STRING' (legacy print) and soft keywords.</summary>
    private bool StartsWithNameStringOrSoftKeyword(Expr e)
    {
        int i = _p - 1;
        while (i > 0 && (_t[i].Line > e.Lineno || (_t[i].Line == e.Lineno && _t[i].Col > e.ColOffset))) i--;
        while (i > 0 && _t[i - 1].Line == e.Lineno && _t[i - 1].Col == e.ColOffset) i--;
        if (_t[i].Kind != TokenKind.Name) return false;
        if (i + 1 < _n && _t[i + 1].Kind == TokenKind.String) return true;
        string name = _tok.GetName(in _t[i]);
        return name is "match" or "case" or "_";
    }

    /// <summary>Parses a for target; an invalid one is reported as CPython's invalid_for_target does.</summary>
    private Expr ParseStarTargetsOrFail(int targetStart)
    {
        try
        {
            return ParseStarTargets();
        }
        catch (PythonSyntaxError e) when (e.Msg == "invalid syntax" || e.Msg.StartsWith("cannot assign to", StringComparison.Ordinal))
        {
            FailForTarget(targetStart);
            throw;
        }
    }

    /// <summary>
    /// CPython's invalid_for_target: re-reads the target as expressions and names the part
    /// that cannot be assigned to; otherwise the error stays "invalid syntax".
    /// </summary>
    private void FailForTarget(int targetStart)
    {
        int failedAt = Math.Max(_p, _furthest);
        _p = targetStart;
        Expr? bad = null;
        try
        {
            if (StartsExpression(K))
            {
                Expr? e = ParseLeniently(ParseStarExpressions);
                if (e is not null) bad = FindInvalidTarget(e, AssignmentKind.ForTarget);
            }
        }
        catch (PythonSyntaxError)
        {
        }
        if (bad is not null) throw SyntaxErrorAtNode($"cannot assign to {DescribeExpression(bad)}", bad);
        _p = failedAt;
        Fail();
    }

    [DoesNotReturn]
    private void FailDictEntry(Expr key)
    {
        // CPython reports this one with an end column of 0.
        throw new PythonSyntaxError("SyntaxError", "':' expected after dictionary key")
        {
            Filename = _tok.Filename,
            Lineno = key.EndLineno,
            Offset = CharOffset(key.EndLineno, key.EndColOffset),
            EndLineno = key.EndLineno,
            EndOffset = 0,
            Text = ErrorLineText(key.EndLineno),
        };
    }

    /// <summary>
    /// CPython's invalid_comprehension for '[a, b for ...]' and '{a, b for ...}': the elements
    /// (pushed from <paramref name="mark"/> on) before complete for/if clauses.
    /// </summary>
    private void FailUnparenthesizedComprehensionTarget(int mark)
    {
        if (!ComprehensionClausesFollow()) return;
        Expr first = _exprs[mark];
        if (_exprs.Count - mark > 1)
            throw SyntaxErrorAtNodes("did you forget parentheses around the comprehension target?", first, _exprs[_exprs.Count - 1]);
        if (_t[_p - 1].Kind == TokenKind.Comma)
            throw SyntaxErrorAtNodes("did you forget parentheses around the comprehension target?", first, null, _p - 1);
    }

    /// <summary>CPython's invalid_group: '(' '**' expression ')'.</summary>
    [DoesNotReturn]
    private void FailDoubleStarredGroup()
    {
        int doubleStar = _p;
        _p++;
        Expr? operand = StartsExpression(K) ? ParseLeniently(ParseExpression) : null;
        if (operand is not null && K == TokenKind.RPar)
            throw SyntaxErrorAt("cannot use double starred expression here", doubleStar, doubleStar);
        // Reading the operand inside the parentheses may suggest a forgotten comma.
        PythonSyntaxError? missingComma = operand is null ? null : MissingCommaError(operand);
        if (missingComma is not null) throw missingComma;
        _p = doubleStar;
        Fail();
    }

    /// <summary>CPython's invalid_kvpair: '*' bitwise_or as a dict value.</summary>
    [DoesNotReturn]
    private void FailStarredDictValue()
    {
        int star = _p;
        _p++;
        if (StartsExpression(K) && ParseLeniently(ParseBitOr) is not null)
            throw SyntaxErrorStartingFrom("cannot use a starred expression in a dictionary value", star, _p);
        if (star + 1 > _furthest) _furthest = star + 1;
        _p = star;
        Fail();
    }

    /// <summary>CPython's invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'.</summary>
    private void FailDictUnpackingInComprehension(int doubleStar)
    {
        int saved = _p;
        bool complete = ParseLeniently(() => { ParseComprehensions(); return ParsedMarker; }) is not null && K == TokenKind.RBrace;
        _p = saved;
        if (complete) throw SyntaxErrorAt("dict unpacking cannot be used in dict comprehension", doubleStar, doubleStar);
    }

    [DoesNotReturn]
    private void FailKeywordArgument(Expr value)
        => throw SyntaxErrorAtNodes("expression cannot contain assignment, perhaps you meant \"==\"?", value, null, _p);

    [DoesNotReturn]
    private void FailCallEnd(Expr? lastValue)
    {
        if (lastValue is not null) FailMaybeMissingComma(lastValue);
        Fail();
    }

    [DoesNotReturn]
    private void FailParameters(Expr? lastExpression)
    {
        if (lastExpression is not null && _t[_p - 1].EndCol == lastExpression.EndColOffset
            && _t[_p - 1].EndLine == lastExpression.EndLineno)
            FailMaybeMissingComma(lastExpression);
        Fail();
    }

    /// <summary>
    /// CPython's invalid_parameters: '(' param (',' param)* [','] ')' after plain parameters,
    /// where a def parameter may carry an annotation.
    /// </summary>
    [DoesNotReturn]
    private void FailParenthesizedParameters(bool forLambda)
    {
        int open = _p, failedAt = _p;
        _p++;
        bool matched = false;
        try
        {
            bool complete = true;
            while (K == TokenKind.Name && complete)
            {
                complete = ParseLeniently(() => ParseParameter(forLambda, allowStarredAnnotation: false).Annotation ?? ParsedMarker) is not null;
                if (complete && K == TokenKind.Comma) { _p++; continue; }
                break;
            }
            matched = complete && K == TokenKind.RPar && _p > open + 1;
            if (K == TokenKind.Error && _p > _furthest) _furthest = _p;
        }
        catch (PythonSyntaxError)
        {
        }
        if (matched)
        {
            string what = forLambda ? "Lambda expression parameters" : "Function parameters";
            throw SyntaxErrorAt($"{what} cannot be parenthesized", open, _p);
        }
        _p = failedAt;
        Fail();
    }

    /// <summary>A non-null result for lenient parses whose product is not an expression.</summary>
    private static readonly Expr ParsedMarker = new Name { Id = "" };

    // ---- exception construction -----------------------------------------------------------

    /// <summary>
    /// An IndentationError at token <paramref name="tokenIndex"/>. CPython's INDENT tokens have
    /// no column, so it reports the column after the indentation and no end; at the end of
    /// input it reports the end of the last line.
    /// </summary>
    private PythonSyntaxError IndentationErrorAt(string message, int tokenIndex)
    {
        LocateToken(tokenIndex, out int line, out int offset, out int endLine, out int endOffset);
        return new PythonSyntaxError("IndentationError", message)
        {
            Filename = _tok.Filename,
            Lineno = line,
            Offset = offset,
            EndLineno = endLine,
            EndOffset = endOffset,
            Text = ErrorLineText(line),
        };
    }

    /// <summary>
    /// The location CPython reports for a token. Its INDENT, DEDENT and ENDMARKER tokens have no
    /// column: it then reports where its tokenizer stands (after the indentation, or at the
    /// end of the last line read) and no end.
    /// </summary>
    private void LocateToken(int tokenIndex, out int line, out int offset, out int endLine, out int endOffset)
    {
        ref Token t = ref _t[tokenIndex];
        line = t.Line;
        endLine = t.EndLine;
        if (t.Kind is TokenKind.EndMarker or TokenKind.Dedent && OnlyDedentsFollow(tokenIndex))
        {
            byte[] buffer = _tok.Buffer;
            int end = buffer.Length;
            if (end > 0 && buffer[end - 1] == (byte)'\n') end--;
            int lineStart = end;
            while (lineStart > 0 && buffer[lineStart - 1] != (byte)'\n') lineStart--;
            int newlines = 0;
            for (int i = 0; i < lineStart; i++) if (buffer[i] == (byte)'\n') newlines++;
            line = endLine = newlines + 1;
            offset = CharOffset(line, end - lineStart) + 1;
            endOffset = -1;
        }
        else if (t.Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)
        {
            int lineStart = t.Start;
            while (lineStart > 0 && _tok.Buffer[lineStart - 1] != (byte)'\n') lineStart--;
            offset = t.Start - lineStart;
            endOffset = -1;
        }
        else
        {
            offset = CharOffset(t.Line, t.Col) + 1;
            endOffset = CharOffset(t.EndLine, t.EndCol) + 1;
        }
    }

    private bool OnlyDedentsFollow(int tokenIndex)
    {
        for (int i = tokenIndex; i < _n; i++)
        {
            if (_t[i].Kind is not (TokenKind.Dedent or TokenKind.EndMarker)) return false;
        }
        return true;
    }

    /// <summary>A SyntaxError spanning tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private PythonSyntaxError SyntaxErrorAt(string message, int first, int last, bool atEnd = false)
    {
        if (first == last && !atEnd && _t[first].Kind is TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker)
        {
            LocateToken(first, out int line0, out int offset0, out int endLine0, out int endOffset0);
            return new PythonSyntaxError("SyntaxError", message)
            {
                Filename = _tok.Filename,
                Lineno = line0,
                Offset = offset0,
                EndLineno = endLine0,
                EndOffset = endOffset0,
                Text = ErrorLineText(line0),
            };
        }
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
            Text = ErrorLineText(line),
        };
    }

    /// <summary>
    /// CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from token <paramref name="first"/> to where its
    /// tokenizer stands, the end of the look-ahead token <paramref name="lookahead"/>, reported
    /// as a 0-based column in the 1-based end_offset field.
    /// </summary>
    private PythonSyntaxError SyntaxErrorStartingFrom(string message, int first, int lookahead)
    {
        ref Token a = ref _t[first];
        ref Token b = ref _t[Math.Min(lookahead, _n - 1)];
        return new PythonSyntaxError("SyntaxError", message)
        {
            Filename = _tok.Filename,
            Lineno = a.Line,
            Offset = CharOffset(a.Line, a.Col) + 1,
            EndLineno = b.EndLine,
            EndOffset = CharOffset(b.EndLine, b.EndCol),
            Text = ErrorLineText(a.Line),
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
            Text = ErrorLineText(first.Lineno),
        };
    }

    /// <summary>
    /// The text CPython puts into a parser error: the line with its newline while its tokenizer
    /// still stands on that line, otherwise (it has read further lines, e.g. looking for a closing
    /// bracket) the line without its newline, as it is then cut out of the whole source.
    /// </summary>
    private string? ErrorLineText(int line)
    {
        string? text = LineText(line);
        int fetched = Math.Min(Math.Max(_p, _furthest), _n - 1);
        if (text is not null && text.EndsWith('\n') && line < _t[fetched].EndLine)
            return text[..^1];
        return text;
    }

    private string? LineText(int line)
    {
        try { return _tok.GetLineText(line); }
        catch (ArgumentOutOfRangeException) { return null; }
    }

    /// <summary>
    /// The 0-based column CPython's parser reports for a UTF-8 byte column: it converts to
    /// characters only when its tokenizer knows the source's encoding (a str, a BOM or a coding
    /// cookie); for undeclared bytes, and in f-string replacement fields, it reports bytes.
    /// </summary>
    private int CharOffset(int line, int byteCol)
    {
        if (!_tok.ErrorOffsetsInCharacters) return byteCol;
        string? text = LineText(line);
        if (text is null) return byteCol;
        // CPython counts code points, so an astral character is one column.
        int bytes = 0, chars = 0, codePoints = 0;
        while (chars < text.Length && bytes < byteCol)
        {
            char c = text[chars];
            int units = char.IsHighSurrogate(c) && chars + 1 < text.Length ? 2 : 1;
            bytes += units == 2 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            chars += units;
            codePoints++;
        }
        return codePoints + (byteCol > bytes ? byteCol - bytes : 0);
    }
}
