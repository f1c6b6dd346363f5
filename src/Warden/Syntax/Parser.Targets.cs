using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// Assignment, deletion and loop targets. Targets are parsed as expressions and then
// converted in place to the Store/Del context, rejecting what cannot be assigned to.
public sealed partial class Parser
{
    private enum AssignmentKind { Assign, Annotated, Augmented, Delete, ForTarget, WithTarget, Comprehension }

    /// <summary><c>star_targets</c> as used by for loops and comprehensions (stops before 'in').</summary>
    private Expr ParseStarTargets()
    {
        int start = _p;
        Expr first = ParseStarTarget();
        if (K != TokenKind.Comma) return first;
        int mark = _exprs.Count;
        _exprs.Push(first);
        while (K == TokenKind.Comma)
        {
            _p++;
            if (!StartsTarget(K)) break;
            _exprs.Push(ParseStarTarget());
        }
        return Fin(new Tuple { Elts = _exprs.Pop(mark), Ctx = ExprContext.Store }, start);
    }

    private Expr ParseStarTarget()
    {
        if (K == TokenKind.Star)
        {
            int start = _p;
            _p++;
            Enter(UnaryWeight);
            Expr inner = ParseStarTarget();
            Leave(UnaryWeight);
            return Fin(new Starred { Value = inner, Ctx = ExprContext.Store }, start);
        }
        if (!StartsTarget(K)) Fail();
        Expr e = ParsePrimary();
        return ToTarget(e, ExprContext.Store, AssignmentKind.ForTarget);
    }

    /// <summary>Sets <paramref name="ctx"/> on a target and its elements, or raises CPython's error for an invalid target.</summary>
    private Expr ToTarget(Expr e, ExprContext ctx, AssignmentKind kind)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                return e;
            case Attribute a:
                a.Ctx = ctx;
                return e;
            case Subscript s:
                s.Ctx = ctx;
                return e;
            case Tuple t when kind is not (AssignmentKind.Annotated or AssignmentKind.Augmented):
                foreach (Expr element in t.Elts) ToTarget(element, ctx, kind);
                t.Ctx = ctx;
                return e;
            case List l when kind is not (AssignmentKind.Annotated or AssignmentKind.Augmented):
                foreach (Expr element in l.Elts) ToTarget(element, ctx, kind);
                l.Ctx = ctx;
                return e;
            case Starred st when kind != AssignmentKind.Delete:
                ToTarget(st.Value, ctx, kind);
                st.Ctx = ctx;
                return e;
            default:
                throw InvalidTargetError(e, kind);
        }
    }

    private void CheckAnnotationTarget(Expr target, int statementStart)
    {
        switch (target)
        {
            case Name or Attribute or Subscript:
                return;
            case Tuple t:
                // An unparenthesized tuple is reported at its first element.
                bool parenthesized = t.Elts.Length == 0 || EndsWithOwnParenthesis(t);
                throw SyntaxErrorAtNode("only single target (not tuple) can be annotated", parenthesized ? target : t.Elts[0]);
            case List:
                throw SyntaxErrorAtNode("only single target (not list) can be annotated", target);
            default:
                throw SyntaxErrorAtNode("illegal target for annotation", target);
        }
    }

    /// <summary>Whether the tuple is written in its own parentheses (not just starting or ending with a group).</summary>
    private bool EndsWithOwnParenthesis(Tuple t)
    {
        int first = TokenIndexAt(t);
        if (_t[first].Kind != TokenKind.LPar) return false;
        int depth = 0;
        for (int i = first; i < _n; i++)
        {
            TokenKind kind = _t[i].Kind;
            if (kind is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace) depth++;
            else if (kind is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace && --depth == 0)
                return _t[i].EndLine == t.EndLineno && _t[i].EndCol == t.EndColOffset;
        }
        return false;
    }

    private void CheckAugmentedTarget(Expr target)
    {
        if (target is Name or Attribute or Subscript) return;
        throw SyntaxErrorAtNode($"'{DescribeExpression(target)}' is an illegal expression for augmented assignment", target);
    }

    /// <summary>The innermost sub-expression that makes <paramref name="e"/> an invalid target.</summary>
    private static Expr? FindInvalidTarget(Expr e, AssignmentKind kind)
    {
        switch (e)
        {
            case Name or Attribute or Subscript:
                return null;
            case Tuple t:
                foreach (Expr element in t.Elts)
                {
                    Expr? bad = FindInvalidTarget(element, kind);
                    if (bad is not null) return bad;
                }
                return null;
            case List l:
                foreach (Expr element in l.Elts)
                {
                    Expr? bad = FindInvalidTarget(element, kind);
                    if (bad is not null) return bad;
                }
                return null;
            case Starred st when kind != AssignmentKind.Delete:
                return FindInvalidTarget(st.Value, kind);
            case Compare c when kind == AssignmentKind.ForTarget:
                // 'a in b' of 'for a in b' reads as a comparison: only its left side is a target;
                // CPython names no part of another comparison.
                return c.Ops[0] == CmpOpKind.In ? FindInvalidTarget(c.Left, kind) : null;
            default:
                return e;
        }
    }

    private PythonSyntaxError InvalidTargetError(Expr e, AssignmentKind kind)
    {
        Expr bad = FindInvalidTarget(e, kind) ?? e;
        string what = DescribeExpression(bad);
        if (kind == AssignmentKind.Delete)
            return SyntaxErrorAtNode($"cannot delete {what}", bad);
        return SyntaxErrorAtNode($"cannot assign to {what}", bad);
    }

    /// <summary>CPython's name for an expression kind in target error messages.</summary>
    private static string DescribeExpression(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            EllipsisConstant => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
