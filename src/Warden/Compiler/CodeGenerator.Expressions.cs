using Warden.Objects;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;

namespace Warden.Compiler;

public sealed partial class CodeGenerator
{
    private static BinaryOperator MapOperator(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOperator.Add,
        OperatorKind.Sub => BinaryOperator.Subtract,
        OperatorKind.Mult => BinaryOperator.Multiply,
        OperatorKind.MatMult => BinaryOperator.MatrixMultiply,
        OperatorKind.Div => BinaryOperator.TrueDivide,
        OperatorKind.Mod => BinaryOperator.Modulo,
        OperatorKind.Pow => BinaryOperator.Power,
        OperatorKind.LShift => BinaryOperator.LeftShift,
        OperatorKind.RShift => BinaryOperator.RightShift,
        OperatorKind.BitOr => BinaryOperator.Or,
        OperatorKind.BitXor => BinaryOperator.Xor,
        OperatorKind.BitAnd => BinaryOperator.And,
        OperatorKind.FloorDiv => BinaryOperator.FloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static ComparisonOperator? MapComparison(CmpOpKind op) => op switch
    {
        CmpOpKind.Lt => ComparisonOperator.Less,
        CmpOpKind.LtE => ComparisonOperator.LessEqual,
        CmpOpKind.Eq => ComparisonOperator.Equal,
        CmpOpKind.NotEq => ComparisonOperator.NotEqual,
        CmpOpKind.Gt => ComparisonOperator.Greater,
        CmpOpKind.GtE => ComparisonOperator.GreaterEqual,
        _ => null,
    };

    private void VisitExpr(Expr e)
    {
        var saved = _b.SaveLocation();
        _b.SetLocation(e);
        switch (e)
        {
            case Constant c: EmitConstant(ConstantValue(c.Value, c)); break;
            case Name n: LoadName(n.Id); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                _b.SetLocation(b);
                _b.Emit(Opcode.BinaryOp, (int)MapOperator(b.Op));
                break;
            case UnaryOp u:
                if (u.Op == UnaryOpKind.USub && u.Operand is Constant { Value: long or double } uc)
                {
                    // Fold negative literals, as CPython's optimizer does.
                    EmitConstant(uc.Value is long l && l != long.MinValue ? PyInt.FromLong(-l)
                        : uc.Value is double d ? new PyFloat(-d) : PyInt.Negate(PyInt.FromLong((long)uc.Value!)));
                    break;
                }
                VisitExpr(u.Operand);
                _b.SetLocation(u);
                _b.Emit(u.Op switch
                {
                    UnaryOpKind.Invert => Opcode.UnaryInvert,
                    UnaryOpKind.Not => Opcode.UnaryNot,
                    UnaryOpKind.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryNegative,
                });
                break;
            case BoolOp b:
            {
                var end = new Label();
                for (int i = 0; i < b.Values.Length; i++)
                {
                    VisitExpr(b.Values[i]);
                    if (i < b.Values.Length - 1)
                        _b.EmitJump(b.Op == BoolOpKind.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop, end);
                }
                _b.Mark(end);
                break;
            }
            case Compare c: VisitCompare(c); break;
            case IfExp i:
            {
                var orelse = new Label();
                var end = new Label();
                JumpIf(i.Test, orelse, false);
                VisitExpr(i.Body);
                _b.EmitJump(Opcode.Jump, end);
                _b.Mark(orelse);
                VisitExpr(i.Orelse);
                _b.Mark(end);
                break;
            }
            case NamedExpr ne:
                VisitExpr(ne.Value);
                _b.Emit(Opcode.Copy, 1);
                VisitStoreTarget(ne.Target);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.LoadAttr, _b.AddName(_scope.Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                _b.SetLocation(s);
                _b.Emit(Opcode.BinarySubscr);
                break;
            case Slice sl:
                if (sl.Lower is not null) VisitExpr(sl.Lower); else EmitConstant(PyNone.Instance);
                if (sl.Upper is not null) VisitExpr(sl.Upper); else EmitConstant(PyNone.Instance);
                if (sl.Step is not null) { VisitExpr(sl.Step); _b.Emit(Opcode.BuildSlice, 3); }
                else _b.Emit(Opcode.BuildSlice, 2);
                break;
            case Call c: VisitCall(c); break;
            case Syntax.Ast.Tuple t: BuildSequence(t.Elts, Opcode.BuildTuple); break;
            case List l: BuildSequence(l.Elts, Opcode.BuildList); break;
            case Set s: BuildSequence(s.Elts, Opcode.BuildSet); break;
            case Dict d: VisitDict(d); break;
            case JoinedStr j:
                foreach (var v in j.Values) VisitExpr(v);
                _b.SetLocation(j);
                if (j.Values.Length != 1 || j.Values[0] is not FormattedValue) _b.Emit(Opcode.BuildString, j.Values.Length);
                break;
            case FormattedValue f:
            {
                VisitExpr(f.Value);
                int flags = f.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
                if (f.FormatSpec is not null)
                {
                    VisitExpr(f.FormatSpec);
                    flags |= 4;
                }
                _b.SetLocation(f);
                _b.Emit(Opcode.FormatValue, flags);
                break;
            }
            case Lambda l: VisitLambda(l); break;
            case ListComp lc: VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, Opcode.BuildList); break;
            case SetComp sc: VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, Opcode.BuildSet); break;
            case DictComp dc: VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, Opcode.BuildMap); break;
            case GeneratorExp ge: VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, null); break;
            case Yield y:
                if (_scope.Kind != ScopeKind.Function) throw Error("'yield' outside function", y);
                if (y.Value is not null) VisitExpr(y.Value); else EmitConstant(PyNone.Instance);
                _b.SetLocation(y);
                if (_scope.IsCoroutine) _b.Emit(Opcode.AsyncGenWrap);
                _b.Emit(Opcode.YieldValue);
                break;
            case YieldFrom yf:
            {
                if (_scope.Kind != ScopeKind.Function) throw Error("'yield' outside function", yf);
                VisitExpr(yf.Value);
                _b.SetLocation(yf);
                _b.Emit(Opcode.GetYieldFromIter);
                EmitConstant(PyNone.Instance);
                var loop = new Label();
                var done = new Label();
                _b.Mark(loop);
                _b.EmitJump(Opcode.Send, done);
                _b.Emit(Opcode.YieldValue);
                _b.EmitJump(Opcode.Jump, loop);
                _b.Mark(done);
                break;
            }
            case Await aw:
            {
                if (!_scope.IsCoroutine) throw Error("'await' outside async function", aw);
                VisitExpr(aw.Value);
                _b.SetLocation(aw);
                _b.Emit(Opcode.GetAwaitable);
                EmitConstant(PyNone.Instance);
                var loop = new Label();
                var done = new Label();
                _b.Mark(loop);
                _b.EmitJump(Opcode.Send, done);
                _b.Emit(Opcode.YieldValue);
                _b.EmitJump(Opcode.Jump, loop);
                _b.Mark(done);
                break;
            }
            case Starred st:
                throw Error("can't use starred expression here", st);
            default:
                throw Error($"'{e.PythonName}' expressions are not supported yet", e);
        }
        _b.RestoreLocation(saved);
    }

    private void VisitCompare(Compare c)
    {
        VisitExpr(c.Left);
        if (c.Ops.Length == 1)
        {
            VisitExpr(c.Comparators[0]);
            _b.SetLocation(c);
            EmitComparison(c.Ops[0]);
            return;
        }
        var cleanup = new Label();
        var end = new Label();
        for (int i = 0; i < c.Ops.Length - 1; i++)
        {
            VisitExpr(c.Comparators[i]);
            _b.SetLocation(c);
            _b.Emit(Opcode.Swap, 2);
            _b.Emit(Opcode.Copy, 2);
            EmitComparison(c.Ops[i]);
            _b.EmitJump(Opcode.JumpIfFalseOrPop, cleanup);
        }
        VisitExpr(c.Comparators[^1]);
        _b.SetLocation(c);
        EmitComparison(c.Ops[^1]);
        _b.EmitJump(Opcode.Jump, end);
        _b.Mark(cleanup);
        _b.Emit(Opcode.Swap, 2);
        _b.Emit(Opcode.PopTop);
        _b.Mark(end);
    }

    private void EmitComparison(CmpOpKind op)
    {
        switch (op)
        {
            case CmpOpKind.Is: _b.Emit(Opcode.IsOp, 0); break;
            case CmpOpKind.IsNot: _b.Emit(Opcode.IsOp, 1); break;
            case CmpOpKind.In: _b.Emit(Opcode.ContainsOp, 0); break;
            case CmpOpKind.NotIn: _b.Emit(Opcode.ContainsOp, 1); break;
            default: _b.Emit(Opcode.CompareOp, (int)MapComparison(op)!.Value); break;
        }
    }

    /// <summary>Evaluates <paramref name="test"/> and jumps to <paramref name="target"/> when its truth equals <paramref name="condition"/>.</summary>
    private void JumpIf(Expr test, Label target, bool condition)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOpKind.Not } not:
                JumpIf(not.Operand, target, !condition);
                return;
            case BoolOp b:
            {
                bool isOr = b.Op == BoolOpKind.Or;
                // For 'a or b' jumping when true: jump on any true; when false: skip to the end on a true.
                if (isOr == condition)
                {
                    foreach (var v in b.Values) JumpIf(v, target, condition);
                }
                else
                {
                    var skip = new Label();
                    for (int i = 0; i < b.Values.Length - 1; i++) JumpIf(b.Values[i], skip, !condition);
                    JumpIf(b.Values[^1], target, condition);
                    _b.Mark(skip);
                }
                return;
            }
            case Compare { Ops.Length: 1 } c when !condition && MapComparison(c.Ops[0]) is { } cmp:
                VisitExpr(c.Left);
                VisitExpr(c.Comparators[0]);
                _b.SetLocation(c);
                _b.EmitJump(Opcode.CompareOpJumpIfFalse, target, (int)cmp);
                return;
            case Compare { Ops.Length: 1 } ic when ic.Ops[0] is CmpOpKind.Is or CmpOpKind.IsNot
                                                && ic.Comparators[0] is Constant { Value: null }:
            {
                VisitExpr(ic.Left);
                bool jumpWhenNone = (ic.Ops[0] == CmpOpKind.Is) == condition;
                _b.SetLocation(ic);
                _b.EmitJump(jumpWhenNone ? Opcode.PopJumpIfNone : Opcode.PopJumpIfNotNone, target);
                return;
            }
        }
        VisitExpr(test);
        _b.EmitJump(condition ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, target);
    }

    private bool HasStarred(Expr[] elts) => elts.Any(x => x is Starred);

    private void BuildSequence(Expr[] elts, Opcode build)
    {
        if (!HasStarred(elts))
        {
            foreach (var x in elts) VisitExpr(x);
            _b.Emit(build, elts.Length);
            return;
        }
        // With starred items: build a list (or set) incrementally.
        var collect = build == Opcode.BuildSet ? Opcode.BuildSet : Opcode.BuildList;
        _b.Emit(collect, 0);
        foreach (var x in elts)
        {
            if (x is Starred s)
            {
                VisitExpr(s.Value);
                _b.Emit(collect == Opcode.BuildSet ? Opcode.SetUpdate : Opcode.ListExtend, 1);
            }
            else
            {
                VisitExpr(x);
                _b.Emit(collect == Opcode.BuildSet ? Opcode.SetAdd : Opcode.ListAppend, 1);
            }
        }
        if (build == Opcode.BuildTuple) _b.Emit(Opcode.ListToTuple);
    }

    private void VisitDict(Dict d)
    {
        if (d.Keys.All(k => k is not null))
        {
            for (int i = 0; i < d.Keys.Length; i++)
            {
                VisitExpr(d.Keys[i]);
                VisitExpr(d.Values[i]);
            }
            _b.Emit(Opcode.BuildMap, d.Keys.Length);
            return;
        }
        _b.Emit(Opcode.BuildMap, 0);
        for (int i = 0; i < d.Keys.Length; i++)
        {
            if (d.Keys[i] is null)
            {
                VisitExpr(d.Values[i]);
                _b.Emit(Opcode.DictUpdate, 1);
            }
            else
            {
                VisitExpr(d.Keys[i]);
                VisitExpr(d.Values[i]);
                _b.Emit(Opcode.MapAdd, 1);
            }
        }
    }

    private void VisitCall(Call c)
    {
        bool simpleArgs = !HasStarred(c.Args) && c.Keywords.All(k => k.Arg is not null);
        if (c.Func is Attribute attr && simpleArgs)
        {
            VisitExpr(attr.Value);
            _b.SetLocation(attr);
            _b.Emit(Opcode.LoadMethod, _b.AddName(_scope.Mangle(attr.Attr)));
        }
        else
        {
            VisitExpr(c.Func);
            _b.Emit(Opcode.PushNull);
        }
        EmitCallArguments(c, 0, c.Args, c.Keywords);
    }

    /// <summary>Pushes arguments and emits the call; <paramref name="alreadyPushed"/> positional values are on the stack already.</summary>
    private void EmitCallArguments(PositionedNode call, int alreadyPushed, Expr[] args, Keyword[] keywords)
    {
        bool simple = !HasStarred(args) && keywords.All(k => k.Arg is not null);
        if (simple)
        {
            foreach (var a in args) VisitExpr(a);
            if (keywords.Length > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                EmitConstant(new PyTuple(keywords.Select(k => (PyObject)PyStr.From(k.Arg!)).ToArray()), null);
                _b.SetLocation(call);
                _b.Emit(Opcode.CallKw, alreadyPushed + args.Length + keywords.Length);
            }
            else
            {
                _b.SetLocation(call);
                _b.Emit(Opcode.Call, alreadyPushed + args.Length);
            }
            return;
        }
        _b.Emit(Opcode.BuildList, alreadyPushed);
        foreach (var a in args)
        {
            if (a is Starred s)
            {
                VisitExpr(s.Value);
                _b.Emit(Opcode.ListExtend, 1);
            }
            else
            {
                VisitExpr(a);
                _b.Emit(Opcode.ListAppend, 1);
            }
        }
        _b.Emit(Opcode.ListToTuple);
        if (keywords.Length > 0)
        {
            _b.Emit(Opcode.BuildMap, 0);
            foreach (var k in keywords)
            {
                if (k.Arg is null)
                {
                    VisitExpr(k.Value);
                    _b.Emit(Opcode.DictMerge, 1);
                }
                else
                {
                    EmitConstant(PyStr.From(k.Arg));
                    VisitExpr(k.Value);
                    _b.Emit(Opcode.MapAdd, 1);
                }
            }
        }
        _b.SetLocation(call);
        _b.Emit(Opcode.CallFunctionEx, keywords.Length > 0 ? 1 : 0);
    }

    /// <summary>
    /// Comprehensions run in their own function scope: the outermost iterable is evaluated here
    /// and passed as the argument <c>.0</c>. <paramref name="collection"/> is null for generator expressions.
    /// </summary>
    private void VisitComprehension(Expr node, string name, Comprehension[] generators, Expr elt, Expr? value, Opcode? collection)
    {
        var child = _table.ScopeOf(node);
        var gen = new CodeGenerator(_table, child, _filename, ChildQualName(name));
        gen._b.SetLocation(node);
        if (collection is { } build) gen._b.Emit(build, 0);
        gen._b.Emit(Opcode.LoadFast, 0);
        gen.EmitComprehensionLoop(generators, 0, elt, value, collection);
        gen._b.SetLocation(node);
        if (collection is null) gen.EmitConstant(PyNone.Instance);
        gen._b.Emit(Opcode.ReturnValue);
        var code = gen.Assemble(name, 1, 0, 0, CodeFlags.Optimized | CodeFlags.NewLocals | CodeFlags.Nested, node.Lineno, PyNone.Instance);

        bool awaited = child.IsCoroutine && collection is not null;
        if (awaited && !_scope.IsCoroutine)
            throw Error("asynchronous comprehension outside of an asynchronous function", node);
        MakeClosure(code, child, 0);
        _b.Emit(Opcode.PushNull);
        VisitExpr(generators[0].Iter);
        _b.SetLocation(node);
        _b.Emit(generators[0].IsAsync != 0 ? Opcode.GetAIter : Opcode.GetIter);
        _b.Emit(Opcode.Call, 1);
        if (awaited) EmitAwait();
    }

    private void EmitComprehensionLoop(Comprehension[] generators, int index, Expr elt, Expr? value, Opcode? collection)
    {
        var g = generators[index];
        var start = new Label();
        var end = new Label();
        bool isAsync = g.IsAsync != 0;
        if (index > 0)
        {
            VisitExpr(g.Iter);
            _b.Emit(isAsync ? Opcode.GetAIter : Opcode.GetIter);
        }
        _b.Mark(start);
        var stop = new Label();
        if (isAsync)
        {
            // As in `async for`: await __anext__(); StopAsyncIteration ends this loop (END_ASYNC_FOR).
            _b.PushHandler(stop, pushLasti: false);
            _b.Emit(Opcode.GetANext);
            EmitAwait();
            _b.PopHandler();
        }
        else
        {
            _b.EmitJump(Opcode.ForIter, end);
        }
        VisitStoreTarget(g.Target);
        foreach (var cond in g.Ifs) JumpIf(cond, start, false);
        if (index + 1 < generators.Length) EmitComprehensionLoop(generators, index + 1, elt, value, collection);
        else
        {
            int depth = generators.Length + 1;
            switch (collection)
            {
                case null:
                    VisitExpr(elt);
                    if (_scope.IsCoroutine) _b.Emit(Opcode.AsyncGenWrap);
                    _b.Emit(Opcode.YieldValue);
                    _b.Emit(Opcode.PopTop);
                    break;
                case Opcode.BuildList:
                    VisitExpr(elt);
                    _b.Emit(Opcode.ListAppend, depth);
                    break;
                case Opcode.BuildSet:
                    VisitExpr(elt);
                    _b.Emit(Opcode.SetAdd, depth);
                    break;
                default:
                    VisitExpr(elt);
                    VisitExpr(value!);
                    _b.Emit(Opcode.MapAdd, depth);
                    break;
            }
        }
        _b.EmitJump(Opcode.Jump, start);
        if (isAsync)
        {
            _b.Mark(stop);
            _b.Emit(Opcode.EndAsyncFor);
        }
        _b.Mark(end);
    }
}
