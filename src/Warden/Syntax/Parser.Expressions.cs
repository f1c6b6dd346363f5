using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// Expressions, from star_expressions down to atoms, in the grammar's precedence order.
public sealed partial class Parser
{
    private readonly Scratch<CmpOpKind> _cmpOps = new();
    private readonly Scratch<Comprehension> _comprehensions = new();

    // CPython rule levels each recursive construct costs (see Enter).
    private const int UnaryWeight = 1;
    private const int ConditionalWeight = 1;
    private const int LambdaWeight = 2;
    private const int PowerWeight = 2;
    private const int ParenWeight = 28;
    private const int BracketWeight = 29;
    private const int CallWeight = 24;
    /// <summary>
    /// CPython reaches the inside of the outermost bracket through fewer rules than a bare
    /// expression statement, which these bonuses account for.
    /// </summary>
    private const int OutermostParenBonus = 46;
    private const int OutermostBracketBonus = 19;
    /// <summary>Tuple elements after the first are parsed two CPython rules deeper.</summary>
    private const int TupleTailWeight = 2;

    private int _brackets;

    private int EnterBracket(int weight, int outermostBonus)
    {
        int cost = _brackets++ == 0 ? weight - outermostBonus : weight;
        Enter(cost);
        return cost;
    }

    private void LeaveBracket(int cost)
    {
        _brackets--;
        Leave(cost);
    }

    /// <summary>
    /// In lenient mode (used only to build error messages) a failed operand ends the
    /// construct before its operator, as CPython's PEG rules backtrack to the longest prefix.
    /// </summary>
    private bool _lenient;

    private Expr? TryLenient(Func<Expr> parse, int resetTo)
    {
        var saved = SaveState();
        try
        {
            return parse();
        }
        catch (PythonSyntaxError)
        {
            RestoreState(saved);
            _p = resetTo;
            return null;
        }
    }

    /// <summary>Whether 'if' test 'else' orelse parses completely from the current 'if'.</summary>
    private bool LenientConditionalFollows()
    {
        var saved = SaveState();
        try
        {
            _p++;
            ParseDisjunction();
            if (K != TokenKind.Else) return false;
            _p++;
            ParseExpression();
            return true;
        }
        catch (PythonSyntaxError)
        {
            return false;
        }
        finally
        {
            RestoreState(saved);
        }
    }

    /// <summary>Runs <paramref name="parse"/> in lenient mode; null when even that fails.</summary>
    private Expr? ParseLeniently(Func<Expr> parse)
    {
        bool was = _lenient;
        int furthest = _furthest;
        _lenient = true;
        try
        {
            return parse();
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
        finally
        {
            // A generic error keeps the location of the ordinary parse, as in CPython.
            _lenient = was;
            _furthest = furthest;
        }
    }

    private static bool StartsExpression(TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.Name: case TokenKind.Number: case TokenKind.String:
            case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace:
            case TokenKind.Minus: case TokenKind.Plus: case TokenKind.Tilde:
            case TokenKind.Not: case TokenKind.Lambda: case TokenKind.Await: case TokenKind.Star:
            case TokenKind.Ellipsis: case TokenKind.None: case TokenKind.True: case TokenKind.False:
                return true;
            default:
                return false;
        }
    }

    private static bool StartsTarget(TokenKind kind)
        => kind is TokenKind.Name or TokenKind.LPar or TokenKind.LSqb or TokenKind.Star
            or TokenKind.Number or TokenKind.String or TokenKind.None or TokenKind.True
            or TokenKind.False or TokenKind.Ellipsis or TokenKind.LBrace;

    /// <summary><c>expressions</c>: expression (',' expression)* [','], a Tuple when there is a comma.</summary>
    private Expr ParseExpressions()
    {
        int start = _p;
        Expr first = ParseExpression();
        if (K != TokenKind.Comma) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.Comma)
        {
            _p++;
            if (!StartsExpression(K) || K == TokenKind.Star) break;
            _exprs.Push(ParseExpression());
        }
        return Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>star_expressions</c>: a Tuple when there is a comma.</summary>
    private Expr ParseStarExpressions()
    {
        int start = _p;
        Expr first = ParseStarExpression();
        if (K != TokenKind.Comma) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.Comma)
        {
            _p++;
            if (!StartsExpression(K)) break;
            Expr? element = _lenient ? TryLenient(ParseStarExpression, _p) : ParseStarExpression();
            if (element is null) break;
            _exprs.Push(element);
        }
        return Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, start);
    }

    private Expr ParseStarExpression()
    {
        if (K != TokenKind.Star) return ParseExpression();
        int start = _p;
        _p++;
        Expr value = ParseBitOr();
        return Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
    }

    private Expr ParseStarNamedExpression()
    {
        if (K != TokenKind.Star) return ParseNamedExpression();
        int start = _p;
        _p++;
        Expr value = ParseBitOr();
        return Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>named_expression</c>: NAME ':=' expression | expression !':='.</summary>
    private Expr ParseNamedExpression(bool checkAssignment = true)
    {
        if (K == TokenKind.Name && Peek(1) == TokenKind.ColonEqual)
        {
            int start = _p;
            _p++;
            var target = Fin(new Name { Id = _tok.GetName(in _t[start]), Ctx = ExprContext.Store }, start);
            _p++;
            Expr value = ParseExpression();
            return Fin(new NamedExpr { Target = target, Value = value }, start);
        }
        int exprStart = _p;
        Expr e = ParseExpression();
        if (K == TokenKind.ColonEqual) FailWalrusTarget(e);
        if (K == TokenKind.Equal && checkAssignment) FailAssignmentInExpression(e, exprStart);
        return e;
    }

    /// <summary><c>expression</c>: conditional expressions and lambdas.</summary>
    private Expr ParseExpression()
    {
        if (K == TokenKind.Lambda) return ParseLambda();
        int start = _p;
        Expr body = ParseDisjunction();
        if (K != TokenKind.If) return body;
        if (_lenient && !LenientConditionalFollows()) return body;
        _p++;
        Expr test = ParseDisjunction();
        if (K != TokenKind.Else) FailExpectedElse(body, test);
        _p++;
        Enter(ConditionalWeight);
        Expr orelse = ParseExpression();
        Leave(ConditionalWeight);
        return Fin(new IfExp { Test = test, Body = body, Orelse = orelse }, start);
    }

    private Expr ParseLambda()
    {
        int start = _p;
        _p++;
        Enter(LambdaWeight);
        Arguments args = ParseParameters(forLambda: true);
        if (K != TokenKind.Colon) FailExpectedColon();
        _p++;
        Expr body = ParseExpression();
        Leave(LambdaWeight);
        return Fin(new Lambda { Args = args, Body = body }, start);
    }

    private Expr ParseDisjunction()
    {
        int start = _p;
        Expr first = ParseConjunction();
        if (K != TokenKind.Or) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.Or)
        {
            int opPos = _p;
            _p++;
            Expr? next = _lenient ? TryLenient(ParseConjunction, opPos) : ParseConjunction();
            if (next is null) break;
            _exprs.Push(next);
        }
        if (_exprs.Count - mark == 1) { _exprs.Pop(mark); return first; }
        return Fin(new BoolOp { Op = BoolOpKind.Or, Values = _exprs.Pop(mark) }, start);
    }

    private Expr ParseConjunction()
    {
        int start = _p;
        Expr first = ParseInversion();
        if (K != TokenKind.And) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.And)
        {
            int opPos = _p;
            _p++;
            Expr? next = _lenient ? TryLenient(ParseInversion, opPos) : ParseInversion();
            if (next is null) break;
            _exprs.Push(next);
        }
        if (_exprs.Count - mark == 1) { _exprs.Pop(mark); return first; }
        return Fin(new BoolOp { Op = BoolOpKind.And, Values = _exprs.Pop(mark) }, start);
    }

    private Expr ParseInversion()
    {
        if (K != TokenKind.Not) return ParseComparison();
        int start = _p;
        _p++;
        Enter(UnaryWeight);
        Expr operand = ParseInversion();
        Leave(UnaryWeight);
        return Fin(new UnaryOp { Op = UnaryOpKind.Not, Operand = operand }, start);
    }

    private Expr ParseComparison()
    {
        int start = _p;
        Expr left = ParseBitOr();
        CmpOpKind? op = ComparisonOperator();
        if (op is null) return left;
        int opMark = _cmpOps.Count, mark = _exprs.Count;
        int opPos = _p - (op is CmpOpKind.IsNot or CmpOpKind.NotIn ? 2 : 1);
        do
        {
            Expr? comparator = _lenient ? TryLenient(ParseBitOr, opPos) : ParseBitOr();
            if (comparator is null) break;
            _cmpOps.Push(op.Value);
            _exprs.Push(comparator);
            opPos = _p;
            op = ComparisonOperator();
        }
        while (op is not null);
        if (_exprs.Count == mark) { _cmpOps.Pop(opMark); return left; }
        return Fin(new Compare { Left = left, Ops = _cmpOps.Pop(opMark), Comparators = _exprs.Pop(mark) }, start);
    }

    /// <summary>Consumes a comparison operator (one or two tokens) if the current token starts one.</summary>
    private CmpOpKind? ComparisonOperator()
    {
        CmpOpKind op;
        switch (K)
        {
            case TokenKind.EqEqual: op = CmpOpKind.Eq; break;
            case TokenKind.NotEqual: op = CmpOpKind.NotEq; break;
            case TokenKind.Less: op = CmpOpKind.Lt; break;
            case TokenKind.LessEqual: op = CmpOpKind.LtE; break;
            case TokenKind.Greater: op = CmpOpKind.Gt; break;
            case TokenKind.GreaterEqual: op = CmpOpKind.GtE; break;
            case TokenKind.In: op = CmpOpKind.In; break;
            case TokenKind.Is:
                if (Peek(1) == TokenKind.Not) { _p += 2; return CmpOpKind.IsNot; }
                op = CmpOpKind.Is;
                break;
            case TokenKind.Not:
                if (Peek(1) != TokenKind.In)
                {
                    if (_p + 1 > _furthest) _furthest = _p + 1;
                    return null;
                }
                _p += 2;
                return CmpOpKind.NotIn;
            default:
                return null;
        }
        _p++;
        return op;
    }

    private Expr ParseBitOr()
    {
        int start = _p;
        Expr left = ParseBitXor();
        if (K != TokenKind.VBar) return left;
        int savedNest = _nest;
        while (K == TokenKind.VBar)
        {
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseBitXor, opPos) : ParseBitXor();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitOr, Right = right }, start);
        }
        _nest = savedNest;
        return left;
    }

    private Expr ParseBitXor()
    {
        int start = _p;
        Expr left = ParseBitAnd();
        if (K != TokenKind.Circumflex) return left;
        int savedNest = _nest;
        while (K == TokenKind.Circumflex)
        {
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseBitAnd, opPos) : ParseBitAnd();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitXor, Right = right }, start);
        }
        _nest = savedNest;
        return left;
    }

    private Expr ParseBitAnd()
    {
        int start = _p;
        Expr left = ParseShift();
        if (K != TokenKind.Amper) return left;
        int savedNest = _nest;
        while (K == TokenKind.Amper)
        {
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseShift, opPos) : ParseShift();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = OperatorKind.BitAnd, Right = right }, start);
        }
        _nest = savedNest;
        return left;
    }

    private Expr ParseShift()
    {
        int start = _p;
        Expr left = ParseSum();
        if (K != TokenKind.LeftShift && K != TokenKind.RightShift) return left;
        int savedNest = _nest;
        while (K == TokenKind.LeftShift || K == TokenKind.RightShift)
        {
            OperatorKind op = K == TokenKind.LeftShift ? OperatorKind.LShift : OperatorKind.RShift;
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseSum, opPos) : ParseSum();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, start);
        }
        _nest = savedNest;
        return left;
    }

    private Expr ParseSum()
    {
        int start = _p;
        Expr left = ParseTerm();
        if (K != TokenKind.Plus && K != TokenKind.Minus) return left;
        int savedNest = _nest;
        while (K == TokenKind.Plus || K == TokenKind.Minus)
        {
            OperatorKind op = K == TokenKind.Plus ? OperatorKind.Add : OperatorKind.Sub;
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseTerm, opPos) : ParseTerm();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = op, Right = right }, start);
        }
        _nest = savedNest;
        return left;
    }

    private static OperatorKind? TermOperator(TokenKind kind) => kind switch
    {
        TokenKind.Star => OperatorKind.Mult,
        TokenKind.Slash => OperatorKind.Div,
        TokenKind.DoubleSlash => OperatorKind.FloorDiv,
        TokenKind.Percent => OperatorKind.Mod,
        TokenKind.At => OperatorKind.MatMult,
        _ => null,
    };

    private Expr ParseTerm()
    {
        int start = _p;
        Expr left = ParseFactor();
        OperatorKind? op = TermOperator(K);
        if (op is null) return left;
        int savedNest = _nest;
        while (op is not null)
        {
            int opPos = _p;
            _p++;
            NestStep();
            Expr? right = _lenient ? TryLenient(ParseFactor, opPos) : ParseFactor();
            if (right is null) break;
            left = Fin(new BinOp { Left = left, Op = op.Value, Right = right }, start);
            op = TermOperator(K);
        }
        _nest = savedNest;
        return left;
    }

    private Expr ParseFactor()
    {
        UnaryOpKind op;
        switch (K)
        {
            case TokenKind.Minus: op = UnaryOpKind.USub; break;
            case TokenKind.Plus: op = UnaryOpKind.UAdd; break;
            case TokenKind.Tilde: op = UnaryOpKind.Invert; break;
            default: return ParsePower();
        }
        int start = _p;
        _p++;
        Enter(UnaryWeight);
        Expr operand = ParseFactor();
        Leave(UnaryWeight);
        return Fin(new UnaryOp { Op = op, Operand = operand }, start);
    }

    private Expr ParsePower()
    {
        int start = _p;
        Expr left = ParseAwaitPrimary();
        if (K != TokenKind.DoubleStar) return left;
        int powPos = _p;
        _p++;
        Enter(PowerWeight);
        Expr? right = _lenient ? TryLenient(ParseFactor, powPos) : ParseFactor();
        Leave(PowerWeight);
        if (right is null) return left;
        return Fin(new BinOp { Left = left, Op = OperatorKind.Pow, Right = right }, start);
    }

    private Expr ParseAwaitPrimary()
    {
        if (K != TokenKind.Await) return ParsePrimary();
        int start = _p;
        _p++;
        Enter(UnaryWeight);
        Expr value = ParsePrimary();
        Leave(UnaryWeight);
        return Fin(new Await { Value = value }, start);
    }

    /// <summary><c>primary</c>: an atom followed by attribute references, calls and subscripts.</summary>
    private Expr ParsePrimary()
    {
        int start = _p;
        Expr e = ParseAtom();
        int savedNest = _nest;
        while (true)
        {
            if (_lenient && K is TokenKind.Dot or TokenKind.LPar or TokenKind.LSqb)
            {
                // A trailer that does not parse ends the primary before it.
                int trailerStart = _p;
                var saved = SaveState();
                try
                {
                    _lenient = false;
                    e = ParseTrailer(e, start);
                    continue;
                }
                catch (PythonSyntaxError)
                {
                    RestoreState(saved);
                    _p = trailerStart;
                    break;
                }
                finally
                {
                    _lenient = true;
                }
            }
            switch (K)
            {
                case TokenKind.Dot:
                {
                    _p++;
                    NestStep();
                    string attr = ExpectName();
                    e = Fin(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
                    continue;
                }
                case TokenKind.LPar:
                {
                    int lpar = _p;
                    _p++;
                    NestStep();
                    int bracketCost = EnterBracket(CallWeight, OutermostBracketBonus);
                    ParseCallArguments(lpar, out Expr[] args, out Keyword[] keywords);
                    LeaveBracket(bracketCost);
                    e = Fin(new Call { Func = e, Args = args, Keywords = keywords }, start);
                    continue;
                }
                case TokenKind.LSqb:
                {
                    _p++;
                    NestStep();
                    int bracketCost = EnterBracket(CallWeight, OutermostBracketBonus);
                    Expr slice = ParseSlices();
                    LeaveBracket(bracketCost);
                    if (K != TokenKind.RSqb) FailInBrackets(slice);
                    _p++;
                    e = Fin(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
                    continue;
                }
            }
            break;
        }
        _nest = savedNest;
        return e;
    }

    /// <summary>Parses one '.name', call or subscript trailer after <paramref name="e"/>.</summary>
    private Expr ParseTrailer(Expr e, int start)
    {
        if (K == TokenKind.Dot)
        {
            _p++;
            string attr = ExpectName();
            return Fin(new Attribute { Value = e, Attr = attr, Ctx = ExprContext.Load }, start);
        }
        if (K == TokenKind.LPar)
        {
            int lpar = _p;
            _p++;
            ParseCallArguments(lpar, out Expr[] args, out Keyword[] keywords);
            return Fin(new Call { Func = e, Args = args, Keywords = keywords }, start);
        }
        _p++;
        Expr slice = ParseSlices();
        if (K != TokenKind.RSqb) Fail();
        _p++;
        return Fin(new Subscript { Value = e, Slice = slice, Ctx = ExprContext.Load }, start);
    }

    /// <summary><c>slices</c>: one slice, or a Tuple of slices and starred expressions.</summary>
    private Expr ParseSlices()
    {
        int start = _p;
        Expr first = ParseSliceItem();
        if (K != TokenKind.Comma && first is not Starred) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.Comma)
        {
            _p++;
            if (K == TokenKind.RSqb) break;
            _exprs.Push(ParseSliceItem());
        }
        return Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, start);
    }

    private Expr ParseSliceItem()
    {
        int start = _p;
        if (K == TokenKind.Star)
        {
            _p++;
            Expr value = ParseBitOr();
            return Fin(new Starred { Value = value, Ctx = ExprContext.Load }, start);
        }
        Expr? lower = null;
        if (K != TokenKind.Colon)
        {
            if (K == TokenKind.Name && Peek(1) == TokenKind.ColonEqual) return ParseNamedExpression();
            lower = ParseExpression();
            if (K != TokenKind.Colon)
            {
                if (K == TokenKind.ColonEqual) FailWalrusTarget(lower);
                if (K == TokenKind.Equal) FailAssignmentInExpression(lower, start);
                return lower;
            }
        }
        _p++;
        Expr? upper = null, step = null;
        if (K != TokenKind.Colon && StartsExpression(K) && K != TokenKind.Star) upper = ParseExpression();
        if (K == TokenKind.Colon)
        {
            _p++;
            if (StartsExpression(K) && K != TokenKind.Star) step = ParseExpression();
        }
        return Fin(new Slice { Lower = lower, Upper = upper, Step = step }, start);
    }

    private Expr ParseAtom()
    {
        int start = _p;
        switch (K)
        {
            case TokenKind.Name:
                _p++;
                return Fin(new Name { Id = _tok.GetName(in _t[start]), Ctx = ExprContext.Load }, start);
            case TokenKind.Number:
                _p++;
                return Fin(new Constant { Value = _tok.GetNumber(in _t[start]) }, start);
            case TokenKind.String:
            {
                int count = 1;
                while (Peek(count) == TokenKind.String) count++;
                Expr s = StringLiterals.Parse(_tok, start, count);
                _p += count;
                return s;
            }
            case TokenKind.None:
                _p++;
                return Fin(new Constant { Value = null }, start);
            case TokenKind.True:
                _p++;
                return Fin(new Constant { Value = true }, start);
            case TokenKind.False:
                _p++;
                return Fin(new Constant { Value = false }, start);
            case TokenKind.Ellipsis:
                _p++;
                return Fin(new Constant { Value = EllipsisConstant.Instance }, start);
            case TokenKind.LPar:
                return ParseParenthesized();
            case TokenKind.LSqb:
                return ParseListDisplay();
            case TokenKind.LBrace:
                return ParseBraceDisplay();
            default:
                Fail();
                return null!;
        }
    }

    /// <summary>A tuple, a group, a generator expression or a parenthesized yield.</summary>
    private Expr ParseParenthesized()
    {
        int start = _p;
        _p++;
        int bracketCost = EnterBracket(ParenWeight, OutermostParenBonus);
        try
        {
            if (K == TokenKind.RPar)
            {
                _p++;
                return Fin(new Tuple { Elts = Array.Empty<Expr>(), Ctx = ExprContext.Load }, start);
            }
            if (K == TokenKind.Yield)
            {
                Expr y = ParseYieldExpression();
                Expect(TokenKind.RPar);
                return y;
            }
            if (K == TokenKind.DoubleStar) FailDoubleStarredGroup();
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred) FailStarredComprehension(first);
                Comprehension[] generators = ParseComprehensions();
                Expect(TokenKind.RPar);
                return Fin(new GeneratorExp { Elt = first, Generators = generators }, start);
            }
            if (K == TokenKind.RPar)
            {
                if (first is Starred) throw SyntaxErrorAtNode("cannot use starred expression here", first);
                _p++;
                return first;
            }
            if (K != TokenKind.Comma) FailInParentheses(first);
            int mark = _exprs.Count;
            _exprs.Push(first);
            // The outermost parenthesis only gets CPython's group discount when it is a group.
            int tailCost = TupleTailWeight + (_brackets == 1 ? OutermostParenBonus - OutermostBracketBonus : 0);
            Enter(tailCost);
            while (K == TokenKind.Comma)
            {
                _p++;
                if (K == TokenKind.RPar) break;
                _exprs.Push(ParseStarNamedExpression());
            }
            Leave(tailCost);
            if (K != TokenKind.RPar) FailInParentheses(_exprs[_exprs.Count - 1]);
            _p++;
            return Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, start);
        }
        finally
        {
            LeaveBracket(bracketCost);
        }
    }

    private Expr ParseListDisplay()
    {
        int start = _p;
        _p++;
        int bracketCost = EnterBracket(BracketWeight, OutermostBracketBonus);
        try
        {
            if (K == TokenKind.RSqb)
            {
                _p++;
                return Fin(new List { Elts = Array.Empty<Expr>(), Ctx = ExprContext.Load }, start);
            }
            Expr first = ParseStarNamedExpression();
            if (IsComprehensionStart())
            {
                if (first is Starred) FailStarredComprehension(first);
                Comprehension[] generators = ParseComprehensions();
                Expect(TokenKind.RSqb);
                return Fin(new ListComp { Elt = first, Generators = generators }, start);
            }
            int mark = _exprs.Count;
            _exprs.Push(first);
            while (K == TokenKind.Comma)
            {
                _p++;
                if (K == TokenKind.RSqb || IsComprehensionStart()) break;
                _exprs.Push(ParseStarNamedExpression());
            }
            if (K != TokenKind.RSqb)
            {
                if (IsComprehensionStart()) FailUnparenthesizedComprehensionTarget(mark);
                FailInBrackets(_exprs[_exprs.Count - 1]);
            }
            _p++;
            return Fin(new List { Elts = _exprs.Pop(mark), Ctx = ExprContext.Load }, start);
        }
        finally
        {
            LeaveBracket(bracketCost);
        }
    }

    /// <summary>A dict, set, dict comprehension or set comprehension.</summary>
    private Expr ParseBraceDisplay()
    {
        int start = _p;
        _p++;
        int bracketCost = EnterBracket(BracketWeight, OutermostBracketBonus);
        try
        {
            if (K == TokenKind.RBrace)
            {
                _p++;
                return Fin(new Dict(), start);
            }
            if (K == TokenKind.DoubleStar)
                return ParseDictRest(start, null);
            Expr first = ParseStarNamedExpression();
            if (K == TokenKind.Colon && first is not Starred)
            {
                _p++;
                Expr value = ParseDictValue();
                if (IsComprehensionStart())
                {
                    Comprehension[] generators = ParseComprehensions();
                    Expect(TokenKind.RBrace);
                    return Fin(new DictComp { Key = first, Value = value, Generators = generators }, start);
                }
                return ParseDictRest(start, first, value);
            }
            if (IsComprehensionStart())
            {
                if (first is Starred) FailStarredComprehension(first);
                Comprehension[] generators = ParseComprehensions();
                Expect(TokenKind.RBrace);
                return Fin(new SetComp { Elt = first, Generators = generators }, start);
            }
            int mark = _exprs.Count;
            _exprs.Push(first);
            while (K == TokenKind.Comma)
            {
                _p++;
                if (K == TokenKind.RBrace || IsComprehensionStart()) break;
                _exprs.Push(ParseStarNamedExpression());
            }
            if (K != TokenKind.RBrace)
            {
                if (IsComprehensionStart()) FailUnparenthesizedComprehensionTarget(mark);
                FailInBrackets(_exprs[_exprs.Count - 1]);
            }
            _p++;
            return Fin(new Set { Elts = _exprs.Pop(mark) }, start);
        }
        finally
        {
            LeaveBracket(bracketCost);
        }
    }

    /// <summary>Dict keys; a null entry stands for a '**' item, as in CPython's AST.</summary>
    private readonly Scratch<Expr> _dictKeys = new();

    /// <summary>Parses the remaining dict entries; <paramref name="firstKey"/> is null when the first entry is '**'.</summary>
    private Expr ParseDictRest(int start, Expr? firstKey, Expr? firstValue = null)
    {
        int keyMark = _dictKeys.Count, valueMark = _exprs.Count;
        bool first = true;
        while (true)
        {
            if (first && firstKey is not null)
            {
                _dictKeys.Push(firstKey);
                _exprs.Push(firstValue!);
            }
            else if (K == TokenKind.DoubleStar)
            {
                int doubleStar = _p;
                _p++;
                _dictKeys.Push(null!);
                _exprs.Push(ParseBitOr());
                if (first && IsComprehensionStart()) FailDictUnpackingInComprehension(doubleStar);
            }
            else
            {
                Expr key = ParseExpression();
                if (K != TokenKind.Colon) FailDictEntry(key);
                _p++;
                _dictKeys.Push(key);
                _exprs.Push(ParseDictValue());
            }
            first = false;
            if (K != TokenKind.Comma) break;
            _p++;
            if (K == TokenKind.RBrace) break;
        }
        if (K != TokenKind.RBrace) FailInBrackets(_exprs[_exprs.Count - 1]);
        _p++;
        return Fin(new Dict { Keys = _dictKeys.Pop(keyMark), Values = _exprs.Pop(valueMark) }, start);
    }

    /// <summary>A dict value after its ':', with CPython's invalid_kvpair errors for a starred or missing value.</summary>
    private Expr ParseDictValue()
    {
        if (K == TokenKind.Star) FailStarredDictValue();
        if (K is TokenKind.RBrace or TokenKind.Comma)
            throw SyntaxErrorAt("expression expected after dictionary key and ':'", _p - 1, _p - 1);
        return ParseExpression();
    }

    private bool IsComprehensionStart()
        => K == TokenKind.For || (K == TokenKind.Async && Peek(1) == TokenKind.For);

    /// <summary>One or more <c>for ... in ... if ...</c> clauses.</summary>
    private Comprehension[] ParseComprehensions()
    {
        int mark = _comprehensions.Count;
        while (IsComprehensionStart())
        {
            if (!_lenient || _comprehensions.Count == mark)
            {
                _comprehensions.Push(ParseComprehensionClause());
                continue;
            }
            // PEG: for_if_clause+ stops before a later clause that does not parse.
            var saved = SaveState();
            try
            {
                _comprehensions.Push(ParseComprehensionClause());
            }
            catch (PythonSyntaxError e) when (e.Msg == "invalid syntax")
            {
                RestoreState(saved);
                break;
            }
        }
        return _comprehensions.Pop(mark);
    }

    private Comprehension ParseComprehensionClause()
    {
        int isAsync = 0;
        if (K == TokenKind.Async) { isAsync = 1; _p++; }
        _p++;
        int targetStart = _p;
        Expr target = ParseStarTargetsOrFail(targetStart);
        if (K != TokenKind.In) FailForTarget(targetStart);
        _p++;
        Expr iter = ParseDisjunction();
        int ifMark = _exprs.Count;
        while (K == TokenKind.If)
        {
            int ifToken = _p;
            _p++;
            // PEG: ('if' disjunction)* stops before an 'if' without a condition.
            Expr? condition = _lenient ? TryLenient(ParseDisjunction, ifToken) : ParseDisjunction();
            if (condition is null) break;
            _exprs.Push(condition);
        }
        return new Comprehension { Target = target, Iter = iter, Ifs = _exprs.Pop(ifMark), IsAsync = isAsync };
    }

    /// <summary><c>yield_expr</c>: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    private Expr ParseYieldExpression()
    {
        int start = _p;
        _p++;
        if (K == TokenKind.From)
        {
            _p++;
            Expr from = ParseExpression();
            return Fin(new YieldFrom { Value = from }, start);
        }
        Expr? value = StartsExpression(K) ? ParseStarExpressions() : null;
        return Fin(new Yield { Value = value }, start);
    }
}
