using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// The match statement and its patterns.
public sealed partial class Parser
{
    private readonly Scratch<Pattern> _patterns = new();
    private readonly Scratch<MatchCase> _cases = new();

    /// <summary>
    /// The NEWLINE after 'match subject' when the colon is missing; reported as "expected ':'"
    /// only if the line does not parse as an ordinary statement either.
    /// </summary>
    private int _matchMissingColon = -1;

    /// <summary>
    /// <c>match</c> is a soft keyword: try <c>"match" subject ':' NEWLINE</c> and fall back to
    /// an ordinary statement (e.g. <c>match(x)</c> or <c>match = 1</c>) when it does not fit.
    /// </summary>
    private Stmt? TryParseMatch()
    {
        TokenKind next = Peek(1);
        if (!StartsExpression(next) || next == TokenKind.Lambda) return null;
        var saved = SaveState();
        int start = _p;
        Expr subject;
        try
        {
            _p++;
            int subjectStart = _p;
            subject = ParseStarNamedExpression();
            if (K == TokenKind.Comma)
            {
                int mark = _exprs.Count;
                _exprs.Push(subject);
                while (K == TokenKind.Comma)
                {
                    _p++;
                    if (!StartsExpression(K)) break;
                    _exprs.Push(ParseStarNamedExpression());
                }
                subject = Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, subjectStart);
            }
            else if (subject is Starred)
            {
                Fail();
            }
            if (K != TokenKind.Colon || Peek(1) != TokenKind.Newline)
            {
                if (K == TokenKind.Newline) _matchMissingColon = _p;
                RestoreState(saved);
                return null;
            }
        }
        catch (PythonSyntaxError)
        {
            RestoreState(saved);
            return null;
        }
        _p += 2;
        if (K != TokenKind.Indent)
        {
            if (K == TokenKind.Error) Fail();
            throw IndentationErrorAt($"expected an indented block after 'match' statement on line {_t[start].Line}", _p);
        }
        _p++;
        int caseMark = _cases.Count;
        Enter(BlockWeight);
        do _cases.Push(ParseCase());
        while (K != TokenKind.Dedent && K != TokenKind.EndMarker);
        Leave(BlockWeight);
        if (K == TokenKind.Dedent) _p++;
        return Fin(new Match { Subject = subject, Cases = _cases.Pop(caseMark) }, start);
    }

    private MatchCase ParseCase()
    {
        if (!IsSoftKeyword("case")) Fail();
        int caseToken = _p;
        _p++;
        Pattern pattern = ParsePatterns();
        Expr? guard = null;
        if (K == TokenKind.If)
        {
            _p++;
            guard = ParseNamedExpression();
        }
        Stmt[] body = ParseColonBlock("'case' statement", caseToken);
        return new MatchCase { Pattern = pattern, Guard = guard, Body = body };
    }

    /// <summary><c>patterns</c>: an open sequence pattern or a single pattern.</summary>
    private Pattern ParsePatterns()
    {
        int start = _p;
        Pattern first = ParseMaybeStarPattern();
        if (K != TokenKind.Comma)
        {
            if (first is MatchStar) Fail();
            return first;
        }
        int mark = _patterns.Count;
        _patterns.Push(first);
        while (K == TokenKind.Comma)
        {
            _p++;
            if (K == TokenKind.Colon || K == TokenKind.If) break;
            _patterns.Push(ParseMaybeStarPattern());
        }
        return Fin(new MatchSequence { Patterns = _patterns.Pop(mark) }, start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (K != TokenKind.Star) return ParseAsPattern();
        int start = _p;
        _p++;
        string name = ExpectName();
        return Fin(new MatchStar { Name = name == "_" ? null : name }, start);
    }

    private Pattern ParseAsPattern()
    {
        int start = _p;
        Pattern pattern = ParseOrPattern();
        if (K != TokenKind.As) return pattern;
        _p++;
        if (K == TokenKind.Name && _tok.GetName(in _t[_p]) == "_")
            throw SyntaxErrorAt("cannot use '_' as a target", _p, _p);
        if (K != TokenKind.Name)
            throw SyntaxErrorAt("invalid pattern target", _p, _p);
        string name = ExpectName();
        return Fin(new MatchAs { Pattern = pattern, Name = name }, start);
    }

    private Pattern ParseOrPattern()
    {
        int start = _p;
        Pattern first = ParseClosedPattern();
        if (K != TokenKind.VBar) return first;
        int mark = _patterns.Count;
        _patterns.Push(first);
        while (K == TokenKind.VBar)
        {
            _p++;
            _patterns.Push(ParseClosedPattern());
        }
        return Fin(new MatchOr { Patterns = _patterns.Pop(mark) }, start);
    }

    private Pattern ParseClosedPattern()
    {
        int start = _p;
        switch (K)
        {
            case TokenKind.Minus:
            case TokenKind.Number:
                return Fin(new MatchValue { Value = ParseSignedNumberOrComplex() }, start);
            case TokenKind.String:
                return Fin(new MatchValue { Value = ParseAtom() }, start);
            case TokenKind.None:
                _p++;
                return Fin(new MatchSingleton { Value = null }, start);
            case TokenKind.True:
                _p++;
                return Fin(new MatchSingleton { Value = true }, start);
            case TokenKind.False:
                _p++;
                return Fin(new MatchSingleton { Value = false }, start);
            case TokenKind.Name:
            {
                string name = _tok.GetName(in _t[_p]);
                if (name == "_")
                {
                    _p++;
                    return Fin(new MatchAs(), start);
                }
                if (Peek(1) != TokenKind.Dot && Peek(1) != TokenKind.LPar)
                {
                    _p++;
                    return Fin(new MatchAs { Name = name }, start);
                }
                Expr value = ParseNameOrAttribute();
                if (K == TokenKind.LPar) return ParseClassPattern(start, value);
                return Fin(new MatchValue { Value = value }, start);
            }
            case TokenKind.LPar:
            {
                _p++;
                int bracketCost = EnterBracket(ParenWeight, OutermostParenBonus);
                try
                {
                    if (K == TokenKind.RPar)
                    {
                        _p++;
                        return Fin(new MatchSequence(), start);
                    }
                    Pattern first = ParseMaybeStarPattern();
                    if (K == TokenKind.RPar && first is not MatchStar)
                    {
                        _p++;
                        return first;
                    }
                    int mark = _patterns.Count;
                    _patterns.Push(first);
                    if (K != TokenKind.Comma) Fail();
                    while (K == TokenKind.Comma)
                    {
                        _p++;
                        if (K == TokenKind.RPar) break;
                        _patterns.Push(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return Fin(new MatchSequence { Patterns = _patterns.Pop(mark) }, start);
                }
                finally
                {
                    LeaveBracket(bracketCost);
                }
            }
            case TokenKind.LSqb:
            {
                _p++;
                int bracketCost = EnterBracket(BracketWeight, OutermostBracketBonus);
                int mark = _patterns.Count;
                while (K != TokenKind.RSqb)
                {
                    _patterns.Push(ParseMaybeStarPattern());
                    if (K != TokenKind.Comma) break;
                    _p++;
                }
                Expect(TokenKind.RSqb);
                LeaveBracket(bracketCost);
                return Fin(new MatchSequence { Patterns = _patterns.Pop(mark) }, start);
            }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                Fail();
                return null!;
        }
    }

    /// <summary>A NAME or a dotted name as a Name/Attribute chain in the Load context.</summary>
    private Expr ParseNameOrAttribute()
    {
        int start = _p;
        Expr e = Fin(new Name { Id = ExpectName(), Ctx = ExprContext.Load }, start);
        while (K == TokenKind.Dot)
        {
            _p++;
            string attr = ExpectName();
            e = Fin(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
        }
        return e;
    }

    /// <summary><c>signed_number</c> or <c>complex_number</c>: -1, 1.5, 1+2j, -1-2j.</summary>
    private Expr ParseSignedNumberOrComplex()
    {
        int start = _p;
        Expr real = ParseSignedNumber();
        if (K != TokenKind.Plus && K != TokenKind.Minus) return real;
        OperatorKind op = K == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
        _p++;
        if (K != TokenKind.Number) Fail();
        int imagStart = _p;
        _p++;
        object imag = _tok.GetNumber(in _t[imagStart]);
        if (imag is not System.Numerics.Complex)
            throw SyntaxErrorAt("imaginary number required in complex literal", imagStart, imagStart);
        if (real is Constant { Value: System.Numerics.Complex } || real is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
            throw SyntaxErrorAtNode("real number required in complex literal", real);
        Expr imagExpr = Fin(new Constant { Value = imag }, imagStart);
        return Fin(new BinOp { Left = real, Op = op, Right = imagExpr }, start);
    }

    private Expr ParseSignedNumber()
    {
        int start = _p;
        if (K == TokenKind.Minus)
        {
            _p++;
            if (K != TokenKind.Number) Fail();
            _p++;
            Expr number = Fin(new Constant { Value = _tok.GetNumber(in _t[_p - 1]) }, _p - 1);
            return Fin(new UnaryOp { Op = UnaryOpKind.USub, Operand = number }, start);
        }
        if (K != TokenKind.Number) Fail();
        _p++;
        return Fin(new Constant { Value = _tok.GetNumber(in _t[start]) }, start);
    }

    private Pattern ParseMappingPattern()
    {
        int start = _p;
        _p++;
        int bracketCost = EnterBracket(BracketWeight, OutermostBracketBonus);
        int keyMark = _exprs.Count, patternMark = _patterns.Count;
        string? rest = null;
        while (K != TokenKind.RBrace)
        {
            if (K == TokenKind.DoubleStar)
            {
                _p++;
                rest = ExpectName();
                if (K == TokenKind.Comma) _p++;
                break;
            }
            Expr key;
            switch (K)
            {
                case TokenKind.Minus:
                case TokenKind.Number:
                    key = ParseSignedNumberOrComplex();
                    break;
                case TokenKind.String:
                case TokenKind.None:
                case TokenKind.True:
                case TokenKind.False:
                    key = ParseAtom();
                    break;
                case TokenKind.Name when Peek(1) == TokenKind.Dot:
                    key = ParseNameOrAttribute();
                    break;
                default:
                    Fail();
                    return null!;
            }
            if (K != TokenKind.Colon) Fail();
            _p++;
            _exprs.Push(key);
            _patterns.Push(ParseAsPattern());
            if (K != TokenKind.Comma) break;
            _p++;
        }
        Expect(TokenKind.RBrace);
        LeaveBracket(bracketCost);
        return Fin(new MatchMapping { Keys = _exprs.Pop(keyMark), Patterns = _patterns.Pop(patternMark), Rest = rest }, start);
    }

    private Pattern ParseClassPattern(int start, Expr cls)
    {
        _p++;
        int bracketCost = EnterBracket(CallWeight, OutermostBracketBonus);
        int positionalMark = _patterns.Count;
        int nameMark = _names.Count;
        Pattern[] positional = Array.Empty<Pattern>();
        bool inKeywords = false;
        while (K != TokenKind.RPar)
        {
            if (K == TokenKind.Name && Peek(1) == TokenKind.Equal)
            {
                if (!inKeywords)
                {
                    positional = _patterns.Pop(positionalMark);
                    inKeywords = true;
                }
                _names.Push(ExpectName());
                _p++;
                _patterns.Push(ParseAsPattern());
            }
            else
            {
                Pattern p = ParseAsPattern();
                if (inKeywords)
                    throw SyntaxErrorAtNode("positional patterns follow keyword argument patterns", p);
                _patterns.Push(p);
            }
            if (K != TokenKind.Comma) break;
            _p++;
        }
        Expect(TokenKind.RPar);
        LeaveBracket(bracketCost);
        Pattern[] keywordPatterns = Array.Empty<Pattern>();
        if (inKeywords) keywordPatterns = _patterns.Pop(positionalMark);
        else positional = _patterns.Pop(positionalMark);
        return Fin(new MatchClass
        {
            Cls = cls, Patterns = positional, KwdAttrs = _names.Pop(nameMark), KwdPatterns = keywordPatterns,
        }, start);
    }
}
