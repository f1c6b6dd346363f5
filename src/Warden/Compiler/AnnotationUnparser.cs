using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Warden.Objects;
using Warden.Syntax;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;

namespace Warden.Compiler;

/// <summary>
/// Turns an annotation expression back into source text, as CPython 3.11's compiler does under
/// <c>from __future__ import annotations</c> (PEP 563): the string it stores is not the original
/// source but a canonical rendering of the AST. Parentheses appear only where precedence needs
/// them, constants are written as their <c>repr</c> (so <c>"X"</c> becomes <c>'X'</c> and
/// <c>1e10</c> becomes <c>10000000000.0</c>), and f-strings are rebuilt from their parts.
/// That rendering differs from <c>ast.unparse</c> in places (<c>lambda*a: a</c>, <c>x[*Ts,]</c>,
/// <c>1e309</c> for infinities), and every rule here was checked against CPython's output.
/// </summary>
internal static class AnnotationUnparser
{
    /// <summary>
    /// Binding strength of each expression form, weakest first. A subexpression is given the
    /// strength its position demands; a form weaker than that is wrapped in parentheses.
    /// </summary>
    private enum Precedence
    {
        Tuple,
        Test,       // conditional expressions, lambda
        Or,
        And,
        Not,
        Compare,
        BitOr,      // also the operand strength of '*' and '**' unpacking
        BitXor,
        BitAnd,
        Shift,
        Arith,      // + -
        Term,       // * / // % @
        Factor,     // unary + - ~
        Power,
        Await,
        Atom,
    }

    /// <summary>Returns the string CPython stores for the annotation <paramref name="annotation"/>.</summary>
    public static string Unparse(Expr annotation)
    {
        var sb = new StringBuilder();
        // An annotation is a single expression, so a bare tuple there is parenthesized.
        Append(sb, annotation, Precedence.Test);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Expr e, Precedence level)
    {
        // The parser bounds the tree's depth, but the host thread's stack may be small.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new PythonFrontEndError("RecursionError", "maximum recursion depth exceeded during compilation");
        switch (e)
        {
            case BoolOp b: AppendBoolOp(sb, b, level); break;
            case NamedExpr n:
                // Walrus needs no parentheses only where a whole tuple could stand (a subscript).
                Wrap(sb, level > Precedence.Tuple, () =>
                {
                    Append(sb, n.Target, Precedence.Atom);
                    sb.Append(" := ");
                    Append(sb, n.Value, Precedence.Atom);
                });
                break;
            case BinOp b: AppendBinOp(sb, b, level); break;
            case UnaryOp u: AppendUnaryOp(sb, u, level); break;
            case Lambda l: AppendLambda(sb, l, level); break;
            case IfExp i:
                Wrap(sb, level > Precedence.Test, () =>
                {
                    Append(sb, i.Body, Precedence.Test + 1);
                    sb.Append(" if ");
                    Append(sb, i.Test, Precedence.Test + 1);
                    sb.Append(" else ");
                    Append(sb, i.Orelse, Precedence.Test);
                });
                break;
            case Dict d: AppendDict(sb, d); break;
            case Set s:
                sb.Append('{');
                AppendList(sb, s.Elts);
                sb.Append('}');
                break;
            case ListComp c: AppendComprehension(sb, "[", c.Elt, null, c.Generators, "]"); break;
            case SetComp c: AppendComprehension(sb, "{", c.Elt, null, c.Generators, "}"); break;
            case DictComp c: AppendComprehension(sb, "{", c.Key, c.Value, c.Generators, "}"); break;
            case GeneratorExp g: AppendComprehension(sb, "(", g.Elt, null, g.Generators, ")"); break;
            case Await a:
                Wrap(sb, level > Precedence.Await, () =>
                {
                    sb.Append("await ");
                    Append(sb, a.Value, Precedence.Atom);
                });
                break;
            case Yield y:
                // A yield is always parenthesized: an annotation never is a statement on its own.
                sb.Append("(yield");
                if (y.Value is not null)
                {
                    sb.Append(' ');
                    Append(sb, y.Value, Precedence.Test);
                }
                sb.Append(')');
                break;
            case YieldFrom y:
                sb.Append("(yield from ");
                Append(sb, y.Value, Precedence.Test);
                sb.Append(')');
                break;
            case Compare c: AppendCompare(sb, c, level); break;
            case Call c: AppendCall(sb, c); break;
            case FormattedValue f:
                // Only reachable inside a JoinedStr; rendered on its own as a one-part f-string.
                AppendFString(sb, new[] { (Expr)f });
                break;
            case JoinedStr j: AppendFString(sb, j.Values); break;
            case Constant c: AppendConstant(sb, c); break;
            case Attribute a:
                Append(sb, a.Value, Precedence.Atom);
                // "1.real" would read as a float literal followed by a name.
                if (a.Value is Constant { Value: long or int or BigInteger }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, Precedence.Atom);
                sb.Append('[');
                AppendSubscriptIndex(sb, s.Slice);
                sb.Append(']');
                break;
            case Starred s:
                sb.Append('*');
                Append(sb, s.Value, Precedence.BitOr);
                break;
            case Name n: sb.Append(n.Id); break;
            case List l:
                sb.Append('[');
                AppendList(sb, l.Elts);
                sb.Append(']');
                break;
            case Syntax.Ast.Tuple t: AppendTuple(sb, t, level); break;
            case Slice s: AppendSlice(sb, s); break;
            default:
                throw new ArgumentException($"{e.PythonName} is not an expression node", nameof(e));
        }
    }

    private static void Wrap(StringBuilder sb, bool parenthesize, Action body)
    {
        if (parenthesize) sb.Append('(');
        body();
        if (parenthesize) sb.Append(')');
    }

    private static void AppendList(StringBuilder sb, Expr[] items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, items[i], Precedence.Test);
        }
    }

    private static void AppendTuple(StringBuilder sb, Syntax.Ast.Tuple t, Precedence level)
    {
        if (t.Elts.Length == 0)
        {
            sb.Append("()");
            return;
        }
        Wrap(sb, level > Precedence.Tuple, () =>
        {
            AppendList(sb, t.Elts);
            if (t.Elts.Length == 1) sb.Append(',');
        });
    }

    /// <summary>
    /// The index of a subscript is written at tuple strength, so <c>x[(1, 2)]</c> reads
    /// <c>x[1, 2]</c>, and a lone starred index keeps its tuple comma (<c>x[*Ts,]</c>).
    /// </summary>
    private static void AppendSubscriptIndex(StringBuilder sb, Expr index) => Append(sb, index, Precedence.Tuple);

    private static void AppendSlice(StringBuilder sb, Slice s)
    {
        if (s.Lower is not null) Append(sb, s.Lower, Precedence.Test);
        sb.Append(':');
        if (s.Upper is not null) Append(sb, s.Upper, Precedence.Test);
        if (s.Step is not null)
        {
            sb.Append(':');
            Append(sb, s.Step, Precedence.Test);
        }
    }

    private static void AppendDict(StringBuilder sb, Dict d)
    {
        sb.Append('{');
        for (int i = 0; i < d.Values.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            // A missing key marks a '**mapping' entry.
            if (i >= d.Keys.Length || d.Keys[i] is null)
            {
                sb.Append("**");
                Append(sb, d.Values[i], Precedence.BitOr);
            }
            else
            {
                Append(sb, d.Keys[i], Precedence.Test);
                sb.Append(": ");
                Append(sb, d.Values[i], Precedence.Test);
            }
        }
        sb.Append('}');
    }

    private static void AppendComprehension(StringBuilder sb, string open, Expr element, Expr? value, Comprehension[] generators, string close)
    {
        sb.Append(open);
        Append(sb, element, Precedence.Test);
        if (value is not null)
        {
            sb.Append(": ");
            Append(sb, value, Precedence.Test);
        }
        foreach (var g in generators)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(sb, g.Target, Precedence.Tuple);
            sb.Append(" in ");
            Append(sb, g.Iter, Precedence.Test + 1);
            foreach (var condition in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, condition, Precedence.Test + 1);
            }
        }
        sb.Append(close);
    }

    private static void AppendBoolOp(StringBuilder sb, BoolOp b, Precedence level)
    {
        var own = b.Op == BoolOpKind.And ? Precedence.And : Precedence.Or;
        string separator = b.Op == BoolOpKind.And ? " and " : " or ";
        Wrap(sb, level > own, () =>
        {
            for (int i = 0; i < b.Values.Length; i++)
            {
                if (i > 0) sb.Append(separator);
                Append(sb, b.Values[i], own + 1);
            }
        });
    }

    private static void AppendBinOp(StringBuilder sb, BinOp b, Precedence level)
    {
        var (symbol, own) = b.Op switch
        {
            OperatorKind.Add => (" + ", Precedence.Arith),
            OperatorKind.Sub => (" - ", Precedence.Arith),
            OperatorKind.Mult => (" * ", Precedence.Term),
            OperatorKind.MatMult => (" @ ", Precedence.Term),
            OperatorKind.Div => (" / ", Precedence.Term),
            OperatorKind.Mod => (" % ", Precedence.Term),
            OperatorKind.FloorDiv => (" // ", Precedence.Term),
            OperatorKind.Pow => (" ** ", Precedence.Power),
            OperatorKind.LShift => (" << ", Precedence.Shift),
            OperatorKind.RShift => (" >> ", Precedence.Shift),
            OperatorKind.BitOr => (" | ", Precedence.BitOr),
            OperatorKind.BitXor => (" ^ ", Precedence.BitXor),
            OperatorKind.BitAnd => (" & ", Precedence.BitAnd),
            _ => throw new ArgumentOutOfRangeException(nameof(b), b.Op, "unknown binary operator"),
        };
        // '**' groups to the right, every other binary operator to the left.
        bool rightAssociative = b.Op == OperatorKind.Pow;
        Wrap(sb, level > own, () =>
        {
            Append(sb, b.Left, rightAssociative ? own + 1 : own);
            sb.Append(symbol);
            Append(sb, b.Right, rightAssociative ? own : own + 1);
        });
    }

    private static void AppendUnaryOp(StringBuilder sb, UnaryOp u, Precedence level)
    {
        var (symbol, own) = u.Op switch
        {
            UnaryOpKind.Not => ("not ", Precedence.Not),
            UnaryOpKind.Invert => ("~", Precedence.Factor),
            UnaryOpKind.UAdd => ("+", Precedence.Factor),
            UnaryOpKind.USub => ("-", Precedence.Factor),
            _ => throw new ArgumentOutOfRangeException(nameof(u), u.Op, "unknown unary operator"),
        };
        Wrap(sb, level > own, () =>
        {
            sb.Append(symbol);
            Append(sb, u.Operand, own);
        });
    }

    private static void AppendCompare(StringBuilder sb, Compare c, Precedence level)
    {
        Wrap(sb, level > Precedence.Compare, () =>
        {
            Append(sb, c.Left, Precedence.Compare + 1);
            for (int i = 0; i < c.Ops.Length; i++)
            {
                sb.Append(c.Ops[i] switch
                {
                    CmpOpKind.Eq => " == ",
                    CmpOpKind.NotEq => " != ",
                    CmpOpKind.Lt => " < ",
                    CmpOpKind.LtE => " <= ",
                    CmpOpKind.Gt => " > ",
                    CmpOpKind.GtE => " >= ",
                    CmpOpKind.Is => " is ",
                    CmpOpKind.IsNot => " is not ",
                    CmpOpKind.In => " in ",
                    CmpOpKind.NotIn => " not in ",
                    _ => throw new ArgumentOutOfRangeException(nameof(c), c.Ops[i], "unknown comparison"),
                });
                Append(sb, c.Comparators[i], Precedence.Compare + 1);
            }
        });
    }

    private static void AppendCall(StringBuilder sb, Call c)
    {
        Append(sb, c.Func, Precedence.Atom);
        // A generator expression that is the only argument shares the call's parentheses.
        if (c.Args.Length == 1 && c.Keywords.Length == 0 && c.Args[0] is GeneratorExp only)
        {
            AppendComprehension(sb, "(", only.Elt, null, only.Generators, ")");
            return;
        }
        sb.Append('(');
        bool first = true;
        foreach (var arg in c.Args)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, arg, Precedence.Test);
        }
        foreach (var keyword in c.Keywords)
        {
            if (!first) sb.Append(", ");
            first = false;
            if (keyword.Arg is null) sb.Append("**");
            else sb.Append(keyword.Arg).Append('=');
            Append(sb, keyword.Value, Precedence.Test);
        }
        sb.Append(')');
    }

    private static void AppendLambda(StringBuilder sb, Lambda l, Precedence level)
    {
        Wrap(sb, level > Precedence.Test, () =>
        {
            var args = l.Args;
            // CPython writes the space only before a positional parameter: "lambda*a: a".
            sb.Append(args.Posonlyargs.Length + args.Args.Length > 0 ? "lambda " : "lambda");
            AppendParameters(sb, args);
            sb.Append(": ");
            Append(sb, l.Body, Precedence.Test);
        });
    }

    private static void AppendParameters(StringBuilder sb, Arguments args)
    {
        bool first = true;
        void Separate()
        {
            if (!first) sb.Append(", ");
            first = false;
        }

        int positionalCount = args.Posonlyargs.Length + args.Args.Length;
        // Defaults belong to the last positional parameters, positional-only ones included.
        int firstDefault = positionalCount - args.Defaults.Length;
        for (int i = 0; i < positionalCount; i++)
        {
            Separate();
            var arg = i < args.Posonlyargs.Length ? args.Posonlyargs[i] : args.Args[i - args.Posonlyargs.Length];
            sb.Append(arg.ArgName);
            if (i >= firstDefault)
            {
                sb.Append('=');
                Append(sb, args.Defaults[i - firstDefault], Precedence.Test);
            }
            if (i == args.Posonlyargs.Length - 1) sb.Append(", /");
        }
        if (args.Vararg is not null || args.Kwonlyargs.Length > 0)
        {
            Separate();
            sb.Append('*');
            if (args.Vararg is not null) sb.Append(args.Vararg.ArgName);
        }
        for (int i = 0; i < args.Kwonlyargs.Length; i++)
        {
            Separate();
            sb.Append(args.Kwonlyargs[i].ArgName);
            if (i < args.KwDefaults.Length && args.KwDefaults[i] is { } kwDefault)
            {
                sb.Append('=');
                Append(sb, kwDefault, Precedence.Test);
            }
        }
        if (args.Kwarg is not null)
        {
            Separate();
            sb.Append("**").Append(args.Kwarg.ArgName);
        }
    }

    private static void AppendConstant(StringBuilder sb, Constant c)
    {
        switch (c.Value)
        {
            case EllipsisConstant:
                sb.Append("...");
                return;
            case double or Complex:
                // Infinity has no literal; 1e309 is the smallest one that overflows to it.
                sb.Append(PyRepr.Repr(c.Value).Replace("inf", "1e309", StringComparison.Ordinal));
                return;
            case string or CodePointString when c.Kind == "u":
                sb.Append('u');
                break;
        }
        PyRepr.AppendConstant(sb, c.Value);
    }

    /// <summary>
    /// An f-string is rebuilt as the text between its quotes (literal braces doubled, each
    /// field written back as <c>{expression!conversion:spec}</c>) and then quoted as a str
    /// repr, so the quote character is whichever <c>repr</c> picks.
    /// </summary>
    private static void AppendFString(StringBuilder sb, Expr[] parts)
    {
        var body = new List<int>();
        AppendFStringBody(body, parts);
        sb.Append('f');
        PyRepr.AppendStr(sb, body.ToArray());
    }

    private static void AppendFStringBody(List<int> body, Expr[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case Constant { Value: string text }:
                    AppendLiteralText(body, text.EnumerateRunes().Select(r => r.Value));
                    break;
                case Constant { Value: CodePointString text }:
                    AppendLiteralText(body, text.CodePoints);
                    break;
                case FormattedValue field:
                    AppendField(body, field);
                    break;
                case JoinedStr nested:
                    AppendFStringBody(body, nested.Values);
                    break;
                default:
                    throw new ArgumentException($"{part.PythonName} cannot be part of an f-string", nameof(parts));
            }
        }
    }

    private static void AppendLiteralText(List<int> body, IEnumerable<int> codePoints)
    {
        foreach (int cp in codePoints)
        {
            body.Add(cp);
            if (cp is '{' or '}') body.Add(cp);
        }
    }

    private static void AppendField(List<int> body, FormattedValue field)
    {
        var expression = new StringBuilder();
        Append(expression, field.Value, Precedence.Test + 1);
        body.Add('{');
        // "{{" would read as an escaped brace.
        if (expression.Length > 0 && expression[0] == '{') body.Add(' ');
        AppendText(body, expression.ToString());
        if (field.Conversion != -1)
        {
            body.Add('!');
            body.Add(field.Conversion);
        }
        if (field.FormatSpec is not null)
        {
            body.Add(':');
            AppendFStringBody(body, field.FormatSpec is JoinedStr spec ? spec.Values : new[] { field.FormatSpec });
        }
        body.Add('}');
    }

    /// <summary>
    /// Adds already-rendered text. Reprs inside it escape every surrogate, so its UTF-16 pairs
    /// are real astral characters.
    /// </summary>
    private static void AppendText(List<int> body, string text)
    {
        foreach (var rune in text.EnumerateRunes()) body.Add(rune.Value);
    }
}
