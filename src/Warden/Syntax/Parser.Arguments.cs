using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// Call arguments (also class bases) and def/lambda parameter lists.
public sealed partial class Parser
{
    private readonly Scratch<Keyword> _keywords = new();
    private readonly Scratch<Arg> _args = new();
    private readonly Scratch<Expr> _defaults = new();

    /// <summary>
    /// Parses call arguments after '(' (at <paramref name="lparToken"/>) through ')'. A sole
    /// generator argument becomes a GeneratorExp spanning the parentheses, as in CPython.
    /// </summary>
    private void ParseCallArguments(int lparToken, out Expr[] args, out Keyword[] keywords, bool allowGenerator = true)
    {
        int argMark = _exprs.Count, keywordMark = _keywords.Count;
        bool sawKeyword = false;
        Keyword? firstDoubleStar = null;
        // CPython reports a misplaced positional argument only after reading all arguments.
        string? pendingError = null;
        Expr? lastValue = null;
        while (K != TokenKind.RPar)
        {
            int start = _p;
            if (K == TokenKind.Star)
            {
                if (firstDoubleStar is not null)
                    throw SyntaxErrorAtNode("iterable argument unpacking follows keyword argument unpacking", firstDoubleStar);
                _p++;
                Expr value = ParseExpression();
                var starred = Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
                if (IsComprehensionStart()) FailStarredComprehension(starred);
                _exprs.Push(starred);
                lastValue = value;
            }
            else if (K == TokenKind.DoubleStar)
            {
                _p++;
                Expr value = ParseExpression();
                var keyword = Fin(new Keyword { Arg = null, Value = value }, start);
                _keywords.Push(keyword);
                firstDoubleStar ??= keyword;
                lastValue = value;
            }
            else if (K is TokenKind.True or TokenKind.False or TokenKind.None && Peek(1) == TokenKind.Equal)
            {
                // CPython's invalid_kwarg.
                throw SyntaxErrorAt($"cannot assign to {_tok.GetName(in _t[_p])}", _p, _p + 1);
            }
            else if (K == TokenKind.Name && Peek(1) == TokenKind.Equal)
            {
                string name = _tok.GetName(in _t[_p]);
                _p += 2;
                Expr value = ParseExpression();
                if (IsComprehensionStart() && ComprehensionClausesFollow())
                    throw SyntaxErrorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, start + 1);
                _keywords.Push(Fin(new Keyword { Arg = name, Value = value }, start));
                sawKeyword = true;
                lastValue = value;
            }
            else
            {
                if (!StartsExpression(K)) Fail();
                Expr value = ParseNamedExpression(checkAssignment: false);
                if (IsComprehensionStart())
                {
                    // Class bases take arguments but not the bare generator form of a call.
                    if (!allowGenerator) Fail();
                    Comprehension[] generators = ParseComprehensions();
                    var genexp = new GeneratorExp { Elt = value, Generators = generators };
                    bool sole = _exprs.Count == argMark && _keywords.Count == keywordMark && K == TokenKind.RPar;
                    if (!sole)
                    {
                        Fin(genexp, start);
                        throw SyntaxErrorAtNode("Generator expression must be parenthesized", genexp);
                    }
                    _p++;
                    _exprs.Push(Fin(genexp, lparToken));
                    args = _exprs.Pop(argMark);
                    keywords = _keywords.Pop(keywordMark);
                    return;
                }
                if (K == TokenKind.Equal) FailKeywordArgument(value);
                if (firstDoubleStar is not null)
                    pendingError ??= "positional argument follows keyword argument unpacking";
                else if (sawKeyword)
                    pendingError ??= "positional argument follows keyword argument";
                _exprs.Push(value);
                lastValue = value;
            }
            if (K != TokenKind.Comma) break;
            _p++;
        }
        if (K != TokenKind.RPar) FailCallEnd(lastValue);
        if (pendingError is not null) throw SyntaxErrorAt(pendingError, _p, _p);
        _p++;
        args = _exprs.Pop(argMark);
        keywords = _keywords.Pop(keywordMark);
    }

    /// <summary>Whether complete for/if clauses start at the current token (the position is kept).</summary>
    private bool ComprehensionClausesFollow()
    {
        int saved = _p;
        bool complete = ParseLeniently(() => { ParseComprehensions(); return ParsedMarker; }) is not null;
        _p = saved;
        return complete;
    }

    /// <summary>
    /// Parses a parameter list up to (not including) ')' for def or ':' for lambda.
    /// Lambda parameters take no annotations.
    /// </summary>
    private Arguments ParseParameters(bool forLambda)
    {
        TokenKind end = forLambda ? TokenKind.Colon : TokenKind.RPar;
        int argMark = _args.Count, defaultMark = _defaults.Count;
        Arg[] posonly = Array.Empty<Arg>();
        Arg? vararg = null, kwarg = null;
        int kwonlyMark = -1, kwDefaultMark = -1;
        bool sawDefault = false, sawSlash = false, sawStar = false;
        Expr? lastExpression = null;
        while (K != end)
        {
            int paramStart = _p;
            // CPython's invalid_parameters only looks for a parenthesized group after plain parameters.
            if (K == TokenKind.LPar && !sawDefault && !sawSlash && !sawStar) FailParenthesizedParameters(forLambda);
            if (K == TokenKind.Slash)
            {
                if (sawSlash) throw SyntaxErrorAt("/ may appear only once", _p, _p);
                if (sawStar) throw SyntaxErrorAt("/ must be ahead of *", _p, _p);
                if (_args.Count == argMark)
                {
                    // CPython 3.11 names this only when a comma follows the '/'.
                    if (Peek(1) == TokenKind.Comma) throw SyntaxErrorAt("at least one argument must precede /", _p, _p);
                    Fail();
                }
                if (Peek(1) == TokenKind.Star) throw SyntaxErrorAt("expected comma between / and *", _p + 1, _p + 1);
                _p++;
                sawSlash = true;
                posonly = _args.Pop(argMark);
            }
            else if (K == TokenKind.Star)
            {
                if (sawStar) throw SyntaxErrorAt("* argument may appear only once", _p, _p);
                _p++;
                sawStar = true;
                kwonlyMark = _args.Count;
                kwDefaultMark = _exprs.Count;
                if (K == TokenKind.Comma || K == end)
                {
                    if (K == end || Peek(1) == end || Peek(1) == TokenKind.DoubleStar)
                    {
                        // CPython locates the def form at the '*' and the lambda form at the last
                        // token its rule read.
                        int at = !forLambda ? paramStart : K == end ? _p : _p + 1;
                        throw SyntaxErrorAt("named arguments must follow bare *", at, at);
                    }
                }
                else
                {
                    vararg = ParseParameter(forLambda, allowStarredAnnotation: true);
                    if (K == TokenKind.Equal) throw SyntaxErrorAt("var-positional argument cannot have default value", _p, _p);
                }
            }
            else if (K == TokenKind.DoubleStar)
            {
                _p++;
                kwarg = ParseParameter(forLambda, allowStarredAnnotation: false);
                if (K == TokenKind.Equal) throw SyntaxErrorAt("var-keyword argument cannot have default value", _p, _p);
                if (K == TokenKind.Comma) _p++;
                if (K != end) throw SyntaxErrorAt("arguments cannot follow var-keyword argument", _p, _p);
                break;
            }
            else
            {
                Arg param = ParseParameter(forLambda, allowStarredAnnotation: false);
                _args.Push(param);
                if (K == TokenKind.Equal)
                {
                    _p++;
                    if (K == TokenKind.Comma || K == end)
                        throw SyntaxErrorAt("expected default value expression", _p - 1, _p - 1);
                    Expr value = ParseExpression();
                    lastExpression = value;
                    if (sawStar) _exprs.Push(value);
                    else { _defaults.Push(value); sawDefault = true; }
                }
                else if (sawStar)
                {
                    _exprs.Push(null!);
                }
                else if (sawDefault)
                {
                    // CPython only names this when the parameter is complete (',' or the end follows).
                    if (K != TokenKind.Comma && K != end) Fail();
                    throw SyntaxErrorAtNode("non-default argument follows default argument", param);
                }
                else
                {
                    lastExpression = param.Annotation;
                }
            }
            if (K != TokenKind.Comma) break;
            _p++;
        }
        if (K != end) FailParameters(lastExpression);
        Expr[] kwDefaults = Array.Empty<Expr>();
        Arg[] kwonly = Array.Empty<Arg>();
        if (kwonlyMark >= 0)
        {
            kwDefaults = _exprs.Pop(kwDefaultMark);
            kwonly = _args.Pop(kwonlyMark);
        }
        Arg[] positional = _args.Pop(argMark);
        Expr[] defaults = _defaults.Pop(defaultMark);
        return new Arguments
        {
            Posonlyargs = posonly, Args = positional, Vararg = vararg, Kwonlyargs = kwonly,
            KwDefaults = kwDefaults, Kwarg = kwarg, Defaults = defaults,
        };
    }

    private Arg ParseParameter(bool forLambda, bool allowStarredAnnotation)
    {
        int start = _p;
        string name = ExpectName();
        Expr? annotation = null;
        if (!forLambda && K == TokenKind.Colon)
        {
            _p++;
            annotation = allowStarredAnnotation ? ParseStarExpression() : ParseExpression();
        }
        return Fin(new Arg { ArgName = name, Annotation = annotation }, start);
    }
}
