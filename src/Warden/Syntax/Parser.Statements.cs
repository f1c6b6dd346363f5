using System.Diagnostics.CodeAnalysis;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// Statements: simple statements, compound statements and blocks.
public sealed partial class Parser
{
    private readonly Scratch<ExceptHandlerBase> _handlers = new();
    private readonly Scratch<WithItem> _withItems = new();
    private readonly Scratch<Alias> _aliases = new();
    private readonly Scratch<string> _names = new();

    private bool IsCompoundStart()
    {
        switch (K)
        {
            case TokenKind.Def: case TokenKind.If: case TokenKind.Class: case TokenKind.With:
            case TokenKind.For: case TokenKind.Try: case TokenKind.While: case TokenKind.At:
            case TokenKind.Async:
                return true;
            case TokenKind.Name:
                return IsSoftKeyword("match");
            default:
                return false;
        }
    }

    /// <summary>Parses one statement line (or compound statement) and pushes its statements on <see cref="_stmts"/>.</summary>
    private void ParseStatement()
    {
        switch (K)
        {
            case TokenKind.Def:
                _stmts.Push(ParseFunctionDef(_p, Array.Empty<Expr>(), isAsync: false));
                return;
            case TokenKind.Class:
                _stmts.Push(ParseClassDef(Array.Empty<Expr>()));
                return;
            case TokenKind.If:
                _stmts.Push(ParseIf());
                return;
            case TokenKind.While:
                _stmts.Push(ParseWhile());
                return;
            case TokenKind.For:
                _stmts.Push(ParseFor(_p, isAsync: false));
                return;
            case TokenKind.With:
                _stmts.Push(ParseWith(_p, isAsync: false));
                return;
            case TokenKind.Try:
                _stmts.Push(ParseTry());
                return;
            case TokenKind.At:
                _stmts.Push(ParseDecorated());
                return;
            case TokenKind.Async:
                _stmts.Push(ParseAsync(Array.Empty<Expr>()));
                return;
            case TokenKind.Name:
                if (IsSoftKeyword("match"))
                {
                    _matchMissingColon = -1;
                    Stmt? match = TryParseMatch();
                    if (match is not null) { _stmts.Push(match); return; }
                    if (_matchMissingColon >= 0)
                    {
                        int newline = _matchMissingColon;
                        _matchMissingColon = -1;
                        try
                        {
                            ParseSimpleStatements();
                        }
                        catch (PythonSyntaxError)
                        {
                            throw SyntaxErrorAt("expected ':'", newline, newline);
                        }
                        return;
                    }
                }
                break;
            case TokenKind.Indent:
                _failedOnIndentation = true;
                throw IndentationErrorAt("unexpected indent", _p);
        }
        ParseSimpleStatements();
    }

    private Stmt ParseAsync(Expr[] decorators)
    {
        int start = _p;
        switch (Peek(1))
        {
            case TokenKind.Def:
                return ParseFunctionDef(start, decorators, isAsync: true);
            case TokenKind.For when decorators.Length == 0:
                return ParseFor(start, isAsync: true);
            case TokenKind.With when decorators.Length == 0:
                return ParseWith(start, isAsync: true);
            default:
                _p++;
                Fail();
                return null!;
        }
    }

    private void ParseSimpleStatements()
    {
        while (true)
        {
            int statementStart = _p;
            _stmts.Push(ParseSimpleStatement());
            if (K != TokenKind.Semi && K != TokenKind.Newline) FailSimpleStatementEnd(statementStart);
            if (K != TokenKind.Semi) break;
            _p++;
            if (K == TokenKind.Newline) break;
        }
        if (K != TokenKind.Newline) Fail();
        _p++;
    }

    private Stmt ParseSimpleStatement()
    {
        int start = _p;
        switch (K)
        {
            case TokenKind.Pass: _p++; return Fin(new Pass(), start);
            case TokenKind.Break: _p++; return Fin(new Break(), start);
            case TokenKind.Continue: _p++; return Fin(new Continue(), start);
            case TokenKind.Return:
            {
                _p++;
                Enter(ReturnValueWeight);
                Expr? value = StartsExpression(K) ? ParseStarExpressions() : null;
                Leave(ReturnValueWeight);
                return Fin(new Return { Value = value }, start);
            }
            case TokenKind.Raise:
            {
                _p++;
                Expr? exc = null, cause = null;
                if (StartsExpression(K))
                {
                    exc = ParseExpression();
                    if (K == TokenKind.From) { _p++; cause = ParseExpression(); }
                }
                return Fin(new Raise { Exc = exc, Cause = cause }, start);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                _p++;
                int mark = _names.Count;
                _names.Push(ExpectName());
                while (K == TokenKind.Comma) { _p++; _names.Push(ExpectName()); }
                string[] names = _names.Pop(mark);
                return _t[start].Kind == TokenKind.Global
                    ? Fin(new Global { Names = names }, start)
                    : Fin(new Nonlocal { Names = names }, start);
            }
            case TokenKind.Del:
                return ParseDel();
            case TokenKind.Assert:
            {
                _p++;
                Expr test = ParseExpression();
                Expr? msg = null;
                if (K == TokenKind.Comma) { _p++; msg = ParseExpression(); }
                return Fin(new Assert { Test = test, Msg = msg }, start);
            }
            case TokenKind.Import:
                return ParseImport();
            case TokenKind.From:
                return ParseImportFrom();
            case TokenKind.Yield:
            {
                Expr y = ParseYieldExpression();
                if (K == TokenKind.Equal || K == TokenKind.Colon || AugmentedOperator(K) is not null)
                    return ParseAssignmentRest(start, y);
                return Fin(new ExprStmt { Value = y }, start);
            }
            default:
            {
                if (!StartsExpression(K)) Fail();
                Expr first = ParseStarExpressions();
                if (K == TokenKind.Equal || K == TokenKind.Colon || AugmentedOperator(K) is not null)
                    return ParseAssignmentRest(start, first);
                return Fin(new ExprStmt { Value = first }, start);
            }
        }
    }

    /// <summary>Continues an assignment, annotated assignment or augmented assignment after its first target.</summary>
    private Stmt ParseAssignmentRest(int start, Expr first)
    {
        if (K == TokenKind.Equal)
        {
            int mark = _exprs.Count;
            int firstEqual = _p;
            Expr current = first;
            while (K == TokenKind.Equal)
            {
                if (FindInvalidTarget(current, AssignmentKind.Assign) is not null)
                    FailAssignmentTarget(current, first, firstEqual, start);
                _exprs.Push(ToTarget(current, ExprContext.Store, AssignmentKind.Assign));
                _p++;
                Enter(AssignedValueWeight);
                current = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
                Leave(AssignedValueWeight);
            }
            if (K == TokenKind.Colon) Fail();
            Expr[] targets = _exprs.Pop(mark);
            return Fin(new Assign { Targets = targets, Value = current }, start);
        }
        if (K == TokenKind.Colon)
        {
            // CPython names a bad annotation target only when an annotation follows.
            if (first is not (Name or Attribute or Subscript) && (!StartsExpression(Peek(1)) || Peek(1) == TokenKind.Star)) Fail();
            CheckAnnotationTarget(first, start);
            ToTarget(first, ExprContext.Store, AssignmentKind.Annotated);
            _p++;
            Expr annotation = ParseExpression();
            Expr? value = null;
            if (K == TokenKind.Equal)
            {
                _p++;
                value = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
            }
            int simple = first is Name && _t[start].Kind != TokenKind.LPar ? 1 : 0;
            return Fin(new AnnAssign { Target = first, Annotation = annotation, Value = value, Simple = simple }, start);
        }
        OperatorKind op = AugmentedOperator(K)!.Value;
        CheckAugmentedTarget(first);
        ToTarget(first, ExprContext.Store, AssignmentKind.Augmented);
        _p++;
        Expr augValue = K == TokenKind.Yield ? ParseYieldExpression() : ParseStarExpressions();
        return Fin(new AugAssign { Target = first, Op = op, Value = augValue }, start);
    }

    private static OperatorKind? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => OperatorKind.Add,
        TokenKind.MinEqual => OperatorKind.Sub,
        TokenKind.StarEqual => OperatorKind.Mult,
        TokenKind.AtEqual => OperatorKind.MatMult,
        TokenKind.SlashEqual => OperatorKind.Div,
        TokenKind.PercentEqual => OperatorKind.Mod,
        TokenKind.AmperEqual => OperatorKind.BitAnd,
        TokenKind.VBarEqual => OperatorKind.BitOr,
        TokenKind.CircumflexEqual => OperatorKind.BitXor,
        TokenKind.LeftShiftEqual => OperatorKind.LShift,
        TokenKind.RightShiftEqual => OperatorKind.RShift,
        TokenKind.DoubleStarEqual => OperatorKind.Pow,
        TokenKind.DoubleSlashEqual => OperatorKind.FloorDiv,
        _ => null,
    };

    private Stmt ParseDel()
    {
        int start = _p;
        _p++;
        int mark = _exprs.Count;
        while (true)
        {
            if (!StartsTarget(K)) break;
            if (K == TokenKind.Star) FailDelTarget(start);
            Expr target = ParsePrimary();
            if (FindInvalidTarget(target, AssignmentKind.Delete) is not null) FailDelTarget(start);
            _exprs.Push(ToTarget(target, ExprContext.Del, AssignmentKind.Delete));
            if (K != TokenKind.Comma) break;
            _p++;
        }
        if (_exprs.Count == mark) FailDelTarget(start);
        if (K != TokenKind.Newline && K != TokenKind.Semi) FailDelTarget(start);
        return Fin(new Delete { Targets = _exprs.Pop(mark) }, start);
    }

    private Stmt ParseImport()
    {
        int start = _p;
        _p++;
        int mark = _aliases.Count;
        while (true)
        {
            int aliasStart = _p;
            string name = ParseDottedName();
            string? asName = null;
            if (K == TokenKind.As) { _p++; asName = ExpectName(); }
            _aliases.Push(Fin(new Alias { Name = name, Asname = asName }, aliasStart));
            if (K != TokenKind.Comma) break;
            _p++;
        }
        return Fin(new Import { Names = _aliases.Pop(mark) }, start);
    }

    private string ParseDottedName()
    {
        string first = ExpectName();
        if (K != TokenKind.Dot) return first;
        var sb = new System.Text.StringBuilder(first);
        while (K == TokenKind.Dot)
        {
            _p++;
            sb.Append('.').Append(ExpectName());
        }
        return sb.ToString();
    }

    private Stmt ParseImportFrom()
    {
        int start = _p;
        _p++;
        int level = 0;
        while (K == TokenKind.Dot || K == TokenKind.Ellipsis)
        {
            level += K == TokenKind.Dot ? 1 : 3;
            _p++;
        }
        string? module = null;
        if (K != TokenKind.Import || level == 0) module = ParseDottedName();
        Expect(TokenKind.Import);
        int mark = _aliases.Count;
        if (K == TokenKind.Star)
        {
            int starStart = _p;
            _p++;
            _aliases.Push(Fin(new Alias { Name = "*" }, starStart));
        }
        else
        {
            bool parenthesized = K == TokenKind.LPar;
            if (parenthesized) _p++;
            while (true)
            {
                int aliasStart = _p;
                string name = ExpectName();
                string? asName = null;
                if (K == TokenKind.As) { _p++; asName = ExpectName(); }
                _aliases.Push(Fin(new Alias { Name = name, Asname = asName }, aliasStart));
                if (K != TokenKind.Comma) break;
                _p++;
                if (parenthesized && K == TokenKind.RPar) break;
                if (!parenthesized && K == TokenKind.Newline)
                    throw SyntaxErrorAt("trailing comma not allowed without surrounding parentheses", _p, _p);
            }
            if (parenthesized) Expect(TokenKind.RPar);
        }
        return Fin(new ImportFrom { Module = module, Names = _aliases.Pop(mark), Level = level }, start);
    }

    // ---- blocks ---------------------------------------------------------------------------

    /// <summary>
    /// Parses ':' and a block. <paramref name="construct"/> names the statement for the
    /// IndentationError CPython raises when the indented block is missing.
    /// </summary>
    private Stmt[] ParseColonBlock(string construct, int keywordToken, bool forced = false)
    {
        if (K != TokenKind.Colon)
        {
            // Where CPython's grammar forces the ':' (&&':'), any other token is reported as such.
            if (forced) throw SyntaxErrorAt("expected ':'", _p, _p);
            FailExpectedColon();
        }
        _p++;
        // Function and class bodies sit one CPython rule level deeper than other blocks.
        int weight = construct is "function definition" or "class definition" ? DefinitionBlockWeight : BlockWeight;
        return ParseBlock(construct, keywordToken, weight);
    }

    private Stmt[] ParseBlock(string construct, int keywordToken, int weight)
    {
        int mark = _stmts.Count;
        if (K == TokenKind.Newline)
        {
            _p++;
            if (K != TokenKind.Indent)
            {
                if (K == TokenKind.Error) Fail();
                throw IndentationErrorAt(
                    $"expected an indented block after {construct} on line {_t[keywordToken].Line}", _p);
            }
            _p++;
            Enter(weight);
            do ParseStatement();
            while (K != TokenKind.Dedent && K != TokenKind.EndMarker);
            Leave(weight);
            if (K == TokenKind.Dedent) _p++;
        }
        else
        {
            ParseSimpleStatements();
        }
        return _stmts.Pop(mark);
    }

    private const int BlockWeight = 6;
    private const int DefinitionBlockWeight = 7;
    private const int ElifWeight = 1;
    /// <summary>CPython reaches an assigned value two rule levels deeper than an expression statement.</summary>
    private const int AssignedValueWeight = 2;
    private const int ReturnValueWeight = 1;
    /// <summary>The extra CPython rule levels of an if statement that has elif clauses.</summary>
    private const int ElifChainWeight = 3;

    // ---- compound statements ------------------------------------------------------------

    private Stmt ParseDecorated()
    {
        int mark = _exprs.Count;
        while (K == TokenKind.At)
        {
            _p++;
            _exprs.Push(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        Expr[] decorators = _exprs.Pop(mark);
        switch (K)
        {
            case TokenKind.Def: return ParseFunctionDef(_p, decorators, isAsync: false);
            case TokenKind.Class: return ParseClassDef(decorators);
            case TokenKind.Async when Peek(1) == TokenKind.Def: return ParseAsync(decorators);
            default: Fail(); return null!;
        }
    }

    private Stmt ParseFunctionDef(int start, Expr[] decorators, bool isAsync)
    {
        if (isAsync) _p++;
        int defToken = _p;
        Expect(TokenKind.Def);
        string name = ExpectName();
        if (K != TokenKind.LPar) throw SyntaxErrorAt("expected '('", _p, _p);
        _p++;
        Arguments args = ParseParameters(forLambda: false);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (K == TokenKind.Arrow)
        {
            if (!StartsExpression(Peek(1))) throw SyntaxErrorAt("expected ':'", _p, _p);
            _p++;
            returns = ParseExpression();
        }
        Stmt[] body = ParseColonBlock("function definition", defToken, forced: true);
        if (isAsync)
            return Fin(new AsyncFunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns }, start);
        return Fin(new FunctionDef { Name = name, Args = args, Body = body, DecoratorList = decorators, Returns = returns }, start);
    }

    private Stmt ParseClassDef(Expr[] decorators)
    {
        int start = _p;
        _p++;
        string name = ExpectName();
        Expr[] bases = Array.Empty<Expr>();
        Keyword[] keywords = Array.Empty<Keyword>();
        if (K == TokenKind.LPar)
        {
            int lpar = _p;
            _p++;
            ParseCallArguments(lpar, out bases, out keywords, allowGenerator: false);
        }
        Stmt[] body = ParseColonBlock("class definition", start);
        return Fin(new ClassDef { Name = name, Bases = bases, Keywords = keywords, Body = body, DecoratorList = decorators }, start);
    }

    private Stmt ParseIf()
    {
        int start = _p;
        bool isElif = K == TokenKind.Elif;
        _p++;
        Expr test = ParseNamedExpression();
        Stmt[] body = ParseColonBlock(isElif ? "'elif' statement" : "'if' statement", start);
        Stmt[] orelse = Array.Empty<Stmt>();
        if (K == TokenKind.Elif)
        {
            // Each elif nests one If deeper; CPython counts it on its parser stack too.
            int weight = isElif ? ElifWeight : ElifWeight + ElifChainWeight;
            Enter(weight);
            orelse = new[] { ParseIf() };
            Leave(weight);
        }
        else if (K == TokenKind.Else)
        {
            int elseToken = _p;
            _p++;
            orelse = ParseColonBlock("'else' statement", elseToken, forced: true);
        }
        return Fin(new If { Test = test, Body = body, Orelse = orelse }, start);
    }

    private Stmt ParseWhile()
    {
        int start = _p;
        _p++;
        Expr test = ParseNamedExpression();
        Stmt[] body = ParseColonBlock("'while' statement", start);
        Stmt[] orelse = ParseOptionalElse();
        return Fin(new While { Test = test, Body = body, Orelse = orelse }, start);
    }

    private Stmt[] ParseOptionalElse()
    {
        if (K != TokenKind.Else) return Array.Empty<Stmt>();
        int elseToken = _p;
        _p++;
        return ParseColonBlock("'else' statement", elseToken, forced: true);
    }

    private Stmt ParseFor(int start, bool isAsync)
    {
        if (isAsync) _p++;
        int forToken = _p;
        _p++;
        int targetStart = _p;
        Expr target = ParseStarTargetsOrFail(targetStart);
        if (K != TokenKind.In) FailForTarget(targetStart);
        _p++;
        Expr iter = ParseStarExpressions();
        Stmt[] body = ParseColonBlock("'for' statement", forToken);
        Stmt[] orelse = ParseOptionalElse();
        if (isAsync)
            return Fin(new AsyncFor { Target = target, Iter = iter, Body = body, Orelse = orelse }, start);
        return Fin(new For { Target = target, Iter = iter, Body = body, Orelse = orelse }, start);
    }

    private Stmt ParseWith(int start, bool isAsync)
    {
        if (isAsync) _p++;
        int withToken = _p;
        _p++;
        int mark = _withItems.Count;
        if (K != TokenKind.LPar || !TryParseParenthesizedWithItems())
        {
            while (true)
            {
                _withItems.Push(ParseWithItem(parenthesized: false));
                if (K != TokenKind.Comma) break;
                _p++;
            }
        }
        WithItem[] items = _withItems.Pop(mark);
        Stmt[] body = ParseColonBlock("'with' statement", withToken);
        if (isAsync)
            return Fin(new AsyncWith { Items = items, Body = body }, start);
        return Fin(new With { Items = items, Body = body }, start);
    }

    /// <summary>
    /// Tries <c>'(' ','.with_item+ ','? ')' ':'</c>; on failure restores the position so the
    /// caller can parse the parenthesized expression as an ordinary with item.
    /// </summary>
    private bool TryParseParenthesizedWithItems()
    {
        var saved = SaveState();
        int mark = _withItems.Count;
        try
        {
            _p++;
            while (true)
            {
                _withItems.Push(ParseWithItem(parenthesized: true));
                if (K != TokenKind.Comma) break;
                _p++;
                if (K == TokenKind.RPar) break;
            }
            if (K == TokenKind.RPar)
            {
                // CPython looked at the token after ')' for the ':'.
                if (_p + 1 > _furthest) _furthest = _p + 1;
                if (Peek(1) == TokenKind.Colon)
                {
                    _p++;
                    return true;
                }
                // CPython's invalid_with_stmt: the items are complete, only the ':' is missing.
                if (Peek(1) == TokenKind.Newline) throw new CommittedSyntaxError(SyntaxErrorAt("expected ':'", _p + 1, _p + 1));
            }
        }
        catch (CommittedSyntaxError e)
        {
            throw e.Error;
        }
        catch (PythonSyntaxError)
        {
        }
        RestoreState(saved);
        _withItems.Count = mark;
        return false;
    }

    /// <summary>
    /// Carries an error that CPython raises from an invalid_* rule inside an alternative, so a
    /// speculative parse of that alternative must not swallow it.
    /// </summary>
    private sealed class CommittedSyntaxError(PythonSyntaxError error) : Exception
    {
        public PythonSyntaxError Error { get; } = error;
    }

    private WithItem ParseWithItem(bool parenthesized)
    {
        Expr context = ParseExpression();
        Expr? vars = null;
        if (K == TokenKind.As)
        {
            _p++;
            int targetStart = _p;
            try
            {
                vars = ParseStarTarget();
            }
            catch (PythonSyntaxError e) when (e.Msg.StartsWith("cannot assign to", StringComparison.Ordinal))
            {
                FailWithItemTarget(targetStart, parenthesized);
            }
            if (K != TokenKind.Comma && K != TokenKind.RPar && K != TokenKind.Colon)
            {
                // CPython's invalid_with_stmt: the item is complete, only the ':' is missing.
                if (K == TokenKind.Newline && !parenthesized) throw SyntaxErrorAt("expected ':'", _p, _p);
                FailWithItemTarget(targetStart, parenthesized);
            }
        }
        return new WithItem { ContextExpr = context, OptionalVars = vars };
    }

    /// <summary>
    /// CPython's invalid_with_item: the target re-read as an expression names the part that
    /// cannot be assigned to when ',', ')' or ':' follows it; inside the parentheses, reading
    /// that expression may also suggest a forgotten comma.
    /// </summary>
    [DoesNotReturn]
    private void FailWithItemTarget(int targetStart, bool parenthesized)
    {
        int failedAt = Math.Max(_p, _furthest);
        _p = targetStart;
        Expr? target = ParseLeniently(ParseExpression);
        PythonSyntaxError? error = null;
        if (target is not null && K is TokenKind.Comma or TokenKind.RPar or TokenKind.Colon)
        {
            Expr? bad = FindInvalidTarget(target, AssignmentKind.WithTarget);
            if (bad is not null) error = SyntaxErrorAtNode($"cannot assign to {DescribeExpression(bad)}", bad);
        }
        else if (target is not null && parenthesized)
        {
            error = MissingCommaError(target);
        }
        if (error is not null)
        {
            if (parenthesized) throw new CommittedSyntaxError(error);
            throw error;
        }
        if (_p > _furthest) _furthest = _p;
        _p = failedAt;
        Fail();
    }

    private Stmt ParseTry()
    {
        int start = _p;
        _p++;
        Stmt[] body = ParseColonBlock("'try' statement", start, forced: true);
        int mark = _handlers.Count;
        bool sawStar = false, sawPlain = false;
        while (K == TokenKind.Except)
        {
            int exceptToken = _p;
            _p++;
            bool star = false;
            if (K == TokenKind.Star) { star = true; _p++; }
            if (star) sawStar = true; else sawPlain = true;
            bool mixed = sawStar && sawPlain;
            if (mixed && MixedHandlerIsComplete(star))
                throw SyntaxErrorAt("cannot have both 'except' and 'except*' on the same 'try'", exceptToken, _p - 1);
            if (star && K is TokenKind.Colon or TokenKind.Newline)
                throw SyntaxErrorAt("expected one or more exception types", _p, _p);
            if (!star && K == TokenKind.Newline) throw SyntaxErrorAt("expected ':'", _p, _p);
            if (mixed)
            {
                // The other kind of handler ends the try statement, so CPython's first pass
                // stopped at the token after 'except'.
                _p = exceptToken + 1;
                Fail();
            }
            Expr? type = null;
            string? name = null;
            if (K != TokenKind.Colon || star)
            {
                type = ParseExpression();
                if (K == TokenKind.Comma) FailMultipleExceptionTypes(type);
                if (K == TokenKind.As) { _p++; name = ExpectName(); }
            }
            Stmt[] handlerBody = ParseColonBlock(star ? "'except*' statement" : "'except' statement", exceptToken);
            _handlers.Push(Fin(new ExceptHandler { Type = type, Name = name, Body = handlerBody }, exceptToken));
        }
        ExceptHandlerBase[] handlers = _handlers.Pop(mark);
        Stmt[] orelse = Array.Empty<Stmt>();
        if (handlers.Length > 0) orelse = ParseOptionalElse();
        Stmt[] finalbody = Array.Empty<Stmt>();
        if (K == TokenKind.Finally)
        {
            int finallyToken = _p;
            _p++;
            finalbody = ParseColonBlock("'finally' statement", finallyToken, forced: true);
        }
        if (handlers.Length == 0 && finalbody.Length == 0)
            throw SyntaxErrorAt("expected 'except' or 'finally' block", _p, _p);
        if (sawStar)
            return Fin(new TryStar { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
        return Fin(new Try { Body = body, Handlers = handlers, Orelse = orelse, Finalbody = finalbody }, start);
    }

    /// <summary>
    /// CPython's invalid_try_stmt names mixed 'except'/'except*' handlers only when the rest of the
    /// handler's header reads <c>[expression ['as' NAME]] ':'</c> (the expression required after '*').
    /// </summary>
    private bool MixedHandlerIsComplete(bool star)
    {
        int saved = _p;
        bool complete = false;
        if (!star && K == TokenKind.Colon) complete = true;
        else if (StartsExpression(K) && ParseLeniently(ParseExpression) is not null)
        {
            if (K == TokenKind.As && Peek(1) == TokenKind.Name) _p += 2;
            complete = K == TokenKind.Colon;
        }
        _p = saved;
        return complete;
    }

    // ---- backtracking support -------------------------------------------------------------

    private readonly struct ParserState
    {
        public readonly int Position, Exprs, Stmts, Level, Nest, Brackets;
        public ParserState(int position, int exprs, int stmts, int level, int nest, int brackets)
        {
            Position = position; Exprs = exprs; Stmts = stmts; Level = level; Nest = nest; Brackets = brackets;
        }
    }

    private ParserState SaveState() => new(_p, _exprs.Count, _stmts.Count, _level, _nest, _brackets);

    private void RestoreState(ParserState s)
    {
        if (_p > _furthest) _furthest = _p;
        _p = s.Position;
        _exprs.Count = s.Exprs;
        _stmts.Count = s.Stmts;
        _level = s.Level;
        _nest = s.Nest;
        _brackets = s.Brackets;
    }
}
