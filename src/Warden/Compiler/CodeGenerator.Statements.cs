using Warden.Objects;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;

namespace Warden.Compiler;

public sealed partial class CodeGenerator
{
    private enum BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, ExceptStarBody }

    /// <summary>An enclosing construct that break/continue/return must clean up when leaving it.</summary>
    private sealed class FrameBlock
    {
        public required BlockKind Kind;
        public Label? Continue;
        public Label? Break;
        public object? Handler;       // the protected region to leave
        public Stmt[]? FinallyBody;   // FinallyTry
        public string? HandlerName;   // HandlerCleanup: 'except E as name'
        public object? NameHandler;   // HandlerCleanup: inner region for the named handler body
        public bool IsAsync;          // With: async with (the exit call is awaited)
    }

    private void VisitBody(Stmt[] body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        _b.SetLocation(s);
        switch (s)
        {
            case FunctionDef f: VisitFunctionDef(f, f.Name, f.Args, f.DecoratorList, f.Body, false, f.Returns); break;
            case AsyncFunctionDef f: VisitFunctionDef(f, f.Name, f.Args, f.DecoratorList, f.Body, true, f.Returns); break;
            case ClassDef c: VisitClassDef(c); break;
            case Return r: VisitReturn(r); break;
            case Delete d: foreach (var t in d.Targets) VisitDeleteTarget(t); break;
            case Assign { Targets: [Syntax.Ast.Tuple { Elts: var targets }], Value: Syntax.Ast.Tuple { Elts: var values } } swap
                when targets.Length == values.Length && targets.Length is 2 or 3
                     && !targets.Any(t => t is Starred) && !values.Any(v => v is Starred):
                // a, b = b, a without building a tuple (as CPython 3.11 does): evaluate left to right,
                // reverse the top with SWAP, store in order.
                foreach (var v in values) VisitExpr(v);
                _b.SetLocation(swap);
                _b.Emit(Opcode.Swap, values.Length);
                foreach (var t in targets) VisitStoreTarget(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Length; i++)
                {
                    if (i < a.Targets.Length - 1) _b.Emit(Opcode.Copy, 1);
                    VisitStoreTarget(a.Targets[i]);
                }
                break;
            case AugAssign a: VisitAugAssign(a); break;
            case AnnAssign a: VisitAnnAssign(a); break;
            case For f: VisitFor(f); break;
            case While w: VisitWhile(w); break;
            case If i: VisitIf(i); break;
            case With w: VisitWith(w.Items, w.Body, w, 0, isAsync: false); break;
            case AsyncWith aw:
                if (!_scope.IsCoroutine) throw Error("'async with' outside async function", aw);
                VisitWith(aw.Items, aw.Body, aw, 0, isAsync: true);
                break;
            case AsyncFor af:
                if (!_scope.IsCoroutine) throw Error("'async for' outside async function", af);
                VisitAsyncFor(af);
                break;
            case Raise r:
                int n = 0;
                if (r.Exc is not null) { VisitExpr(r.Exc); n = 1; if (r.Cause is not null) { VisitExpr(r.Cause); n = 2; } }
                _b.SetLocation(r);
                _b.Emit(Opcode.RaiseVarargs, n);
                break;
            case Try t: VisitTry(t); break;
            case TryStar ts: VisitTryStar(ts); break;
            case Assert a: VisitAssert(a); break;
            case Import i: VisitImport(i); break;
            case ImportFrom i: VisitImportFrom(i); break;
            case Global or Nonlocal or Pass: break;
            case ExprStmt e:
                if (e.Value is Constant && !_interactive) break;
                VisitExpr(e.Value);
                _b.SetLocation(e);
                _b.Emit(_interactive && _scope.Kind == ScopeKind.Module ? Opcode.PrintExpr : Opcode.PopTop);
                break;
            case Break b: VisitBreak(b); break;
            case Match m: VisitMatch(m); break;
            case Continue c: VisitContinue(c); break;
            default:
                throw Error($"'{s.PythonName}' statements are not supported yet", s);
        }
    }

    private void VisitReturn(Return r)
    {
        if (_scope.Kind != ScopeKind.Function) throw Error("'return' outside function", r);
        if (r.Value is not null) VisitExpr(r.Value);
        else EmitConstant(PyNone.Instance);
        _b.SetLocation(r);
        UnwindBlocks(preserveTop: true, stopAtLoop: false, out _);
        _b.Emit(Opcode.ReturnValue);
    }

    private void VisitBreak(Break b)
    {
        UnwindBlocks(preserveTop: false, stopAtLoop: true, out var loop);
        if (loop is null) throw Error("'break' outside loop", b);
        if (loop.Kind == BlockKind.ForLoop) _b.Emit(Opcode.PopIterator);
        _b.EmitJump(Opcode.Jump, loop.Break!);
        RestoreHandlersAfterUnwind(loop);
    }

    private void VisitContinue(Continue c)
    {
        UnwindBlocks(preserveTop: false, stopAtLoop: true, out var loop);
        if (loop is null) throw Error("'continue' not properly in loop", c);
        _b.EmitJump(Opcode.Jump, loop.Continue!);
        RestoreHandlersAfterUnwind(loop);
    }

    private readonly Stack<List<object>> _poppedHandlers = new();

    /// <summary>
    /// Emits the cleanup of every frame block from the innermost outwards (up to the innermost
    /// loop when <paramref name="stopAtLoop"/>). The protected regions are left while the cleanup
    /// code is emitted and re-entered afterwards by <see cref="RestoreHandlersAfterUnwind"/>, so
    /// the (dead) code that follows stays in the right region.
    /// </summary>
    private void UnwindBlocks(bool preserveTop, bool stopAtLoop, out FrameBlock? loop)
    {
        loop = null;
        var popped = new List<object>();
        var savedBlocks = new List<FrameBlock>(_blocks);
        for (int i = _blocks.Count - 1; i >= 0; i--)
        {
            var block = _blocks[i];
            if (block.Kind == BlockKind.ExceptStarBody)
                throw new Syntax.PythonSyntaxError("SyntaxError", "'break', 'continue' and 'return' cannot appear in an except* block") { Filename = _filename, Lineno = _b.Line };
            if (stopAtLoop && block.Kind is BlockKind.WhileLoop or BlockKind.ForLoop)
            {
                loop = block;
                break;
            }
            switch (block.Kind)
            {
                case BlockKind.WhileLoop:
                    break;
                case BlockKind.ForLoop:
                    if (preserveTop) _b.Emit(Opcode.Swap, 2);
                    _b.Emit(Opcode.PopIterator);
                    break;
                case BlockKind.TryExcept:
                    popped.Add(_b.PopHandler());
                    break;
                case BlockKind.FinallyTry:
                    popped.Add(_b.PopHandler());
                    // The finally body runs outside its own block.
                    _blocks.RemoveRange(i, _blocks.Count - i);
                    VisitBody(block.FinallyBody!);
                    break;
                case BlockKind.FinallyEnd:
                    if (preserveTop) _b.Emit(Opcode.Swap, 2);
                    _b.Emit(Opcode.PopTop); // the exception being handled
                    if (preserveTop) _b.Emit(Opcode.Swap, 2);
                    popped.Add(_b.PopHandler());
                    _b.Emit(Opcode.PopExcept);
                    break;
                case BlockKind.With:
                    popped.Add(_b.PopHandler());
                    if (preserveTop) _b.Emit(Opcode.Swap, 2);
                    EmitWithExitCall(block.IsAsync);
                    break;
                case BlockKind.HandlerCleanup:
                    if (block.NameHandler is not null) popped.Add(_b.PopHandler());
                    popped.Add(_b.PopHandler());
                    if (preserveTop) _b.Emit(Opcode.Swap, 2);
                    _b.Emit(Opcode.PopExcept);
                    if (block.HandlerName is not null)
                    {
                        EmitConstant(PyNone.Instance);
                        StoreName(block.HandlerName);
                        NameAccess(block.HandlerName, NameOp.Delete);
                    }
                    break;
            }
        }
        _blocks.Clear();
        _blocks.AddRange(savedBlocks);
        _poppedHandlers.Push(popped);
        if (!stopAtLoop) RestoreHandlersAfterUnwind(null);
    }

    private void RestoreHandlersAfterUnwind(FrameBlock? _)
    {
        var popped = _poppedHandlers.Pop();
        for (int i = popped.Count - 1; i >= 0; i--) _b.RepushHandler(popped[i]);
    }

    private void EmitWithExitCall(bool isAsync = false)
    {
        // Stack: exit -> exit(None, None, None) result popped (awaited first for async with).
        _b.Emit(Opcode.PushNull);
        EmitConstant(PyNone.Instance);
        EmitConstant(PyNone.Instance);
        EmitConstant(PyNone.Instance);
        _b.Emit(Opcode.Call, 3);
        if (isAsync) EmitAwait();
        _b.Emit(Opcode.PopTop);
    }

    /// <summary>Awaits TOS: GET_AWAITABLE, then SEND/YIELD_VALUE until the awaitable returns.</summary>
    private void EmitAwait()
    {
        _b.Emit(Opcode.GetAwaitable);
        EmitConstant(PyNone.Instance);
        var loop = new Label();
        var done = new Label();
        _b.Mark(loop);
        _b.EmitJump(Opcode.Send, done);
        _b.Emit(Opcode.YieldValue);
        _b.EmitJump(Opcode.Jump, loop);
        _b.Mark(done);
    }

    private void VisitIf(If i)
    {
        var end = new Label();
        if (i.Orelse.Length > 0)
        {
            var orelse = new Label();
            JumpIf(i.Test, orelse, false);
            VisitBody(i.Body);
            _b.EmitJump(Opcode.Jump, end);
            _b.Mark(orelse);
            VisitBody(i.Orelse);
        }
        else
        {
            JumpIf(i.Test, end, false);
            VisitBody(i.Body);
        }
        _b.Mark(end);
    }

    private void VisitWhile(While w)
    {
        var start = new Label();
        var orelse = new Label();
        var end = new Label();
        _b.Mark(start);
        JumpIf(w.Test, orelse, false);
        _blocks.Add(new FrameBlock { Kind = BlockKind.WhileLoop, Continue = start, Break = end });
        VisitBody(w.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.SetLocation(w);
        _b.EmitJump(Opcode.Jump, start);
        _b.Mark(orelse);
        VisitBody(w.Orelse);
        _b.Mark(end);
    }

    private void VisitFor(For f)
    {
        var start = new Label();
        var exhausted = new Label();
        var end = new Label();
        VisitExpr(f.Iter);
        _b.SetLocation(f.Iter);
        _b.Emit(Opcode.GetIter);
        _b.Mark(start);
        _b.SetLocation(f);
        _b.EmitJump(Opcode.ForIter, exhausted);
        _blocks.Add(new FrameBlock { Kind = BlockKind.ForLoop, Continue = start, Break = end });
        VisitStoreTarget(f.Target);
        VisitBody(f.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.SetLocation(f);
        _b.EmitJump(Opcode.Jump, start);
        _b.Mark(exhausted);
        VisitBody(f.Orelse);
        _b.Mark(end);
    }

    /// <summary>
    /// <c>async for</c>: each step awaits <c>__anext__()</c> inside a protected region whose handler
    /// (END_ASYNC_FOR) ends the loop on StopAsyncIteration and re-raises anything else.
    /// </summary>
    private void VisitAsyncFor(AsyncFor f)
    {
        var start = new Label();
        var stop = new Label();
        var end = new Label();
        VisitExpr(f.Iter);
        _b.SetLocation(f.Iter);
        _b.Emit(Opcode.GetAIter);
        _b.Mark(start);
        _b.SetLocation(f);
        _b.PushHandler(stop, pushLasti: false);
        _b.Emit(Opcode.GetANext);
        EmitAwait();
        _b.PopHandler();
        _blocks.Add(new FrameBlock { Kind = BlockKind.ForLoop, Continue = start, Break = end });
        VisitStoreTarget(f.Target);
        VisitBody(f.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.SetLocation(f);
        _b.EmitJump(Opcode.Jump, start);
        _b.Mark(stop);
        _b.Emit(Opcode.EndAsyncFor);
        VisitBody(f.Orelse);
        _b.Mark(end);
    }

    private void VisitAugAssign(AugAssign a)
    {
        int op = (int)MapOperator(a.Op) + OpcodeInfo.InplaceOffset;
        switch (a.Target)
        {
            case Name n:
                LoadName(n.Id);
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.BinaryOp, op);
                StoreName(n.Id);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                _b.Emit(Opcode.Copy, 1);
                _b.SetLocation(at);
                _b.Emit(Opcode.LoadAttr, _b.AddName(_scope.Mangle(at.Attr)));
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.BinaryOp, op);
                _b.Emit(Opcode.Swap, 2);
                _b.SetLocation(at);
                _b.Emit(Opcode.StoreAttr, _b.AddName(_scope.Mangle(at.Attr)));
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                _b.Emit(Opcode.Copy, 2);
                _b.Emit(Opcode.Copy, 2);
                _b.SetLocation(sub);
                _b.Emit(Opcode.BinarySubscr);
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.BinaryOp, op);
                _b.Emit(Opcode.Swap, 3);
                _b.Emit(Opcode.Swap, 2);
                _b.SetLocation(sub);
                _b.Emit(Opcode.StoreSubscr);
                break;
            default:
                throw Error("'" + a.Target.PythonName + "' is an illegal expression for augmented assignment", a.Target);
        }
    }

    private void VisitAnnAssign(AnnAssign a)
    {
        if (a.Value is not null)
        {
            VisitExpr(a.Value);
            VisitStoreTarget(a.Target);
        }
        bool annotationsKept = _scope.Kind != ScopeKind.Function;
        if (a.Target is Name n && a.Simple != 0)
        {
            if (!annotationsKept) return;
            EmitAnnotationValue(a.Annotation);
            _b.SetLocation(a);
            LoadName("__annotations__");
            EmitConstant(PyStr.From(_scope.Mangle(n.Id)));
            _b.Emit(Opcode.StoreSubscr);
            return;
        }
        // A complex target is not stored anywhere, but CPython still evaluates the object (and
        // index) it names when there is no value, then the annotation itself unless PEP 563
        // applies or the statement is in a function.
        if (a.Value is null)
        {
            switch (a.Target)
            {
                case Attribute attribute:
                    EvaluateAndDiscard(attribute.Value);
                    break;
                case Subscript subscript:
                    EvaluateAndDiscard(subscript.Value);
                    EvaluateAndDiscardIndex(subscript.Slice);
                    break;
            }
        }
        if (annotationsKept && !_futureAnnotations) EvaluateAndDiscard(a.Annotation);
    }

    private void EvaluateAndDiscard(Expr e)
    {
        VisitExpr(e);
        _b.Emit(Opcode.PopTop);
    }

    /// <summary>Evaluates the parts of a subscript's index one by one, as CPython does for an annotated target.</summary>
    private void EvaluateAndDiscardIndex(Expr index)
    {
        switch (index)
        {
            case Slice slice:
                if (slice.Lower is not null) EvaluateAndDiscard(slice.Lower);
                if (slice.Upper is not null) EvaluateAndDiscard(slice.Upper);
                if (slice.Step is not null) EvaluateAndDiscard(slice.Step);
                break;
            case Warden.Syntax.Ast.Tuple tuple:
                foreach (var item in tuple.Elts) EvaluateAndDiscardIndex(item);
                break;
            default:
                EvaluateAndDiscard(index);
                break;
        }
    }

    private void VisitAssert(Assert a)
    {
        var end = new Label();
        JumpIf(a.Test, end, true);
        _b.SetLocation(a);
        _b.Emit(Opcode.LoadAssertionError);
        if (a.Msg is not null)
        {
            _b.Emit(Opcode.PushNull);
            VisitExpr(a.Msg);
            _b.SetLocation(a);
            _b.Emit(Opcode.Call, 1);
        }
        _b.Emit(Opcode.RaiseVarargs, 1);
        _b.Mark(end);
    }

    private void VisitImport(Import i)
    {
        foreach (var alias in i.Names)
        {
            _b.SetLocation(alias);
            EmitConstant(PyInt.Zero);
            EmitConstant(PyNone.Instance);
            _b.Emit(Opcode.ImportName, _b.AddName(alias.Name));
            if (alias.Asname is not null)
            {
                var parts = alias.Name.Split('.');
                for (int k = 1; k < parts.Length; k++)
                {
                    _b.Emit(Opcode.ImportFrom, _b.AddName(parts[k]));
                    _b.Emit(Opcode.Swap, 2);
                    _b.Emit(Opcode.PopTop);
                }
                StoreName(alias.Asname);
            }
            else StoreName(alias.Name.Split('.')[0]);
        }
    }

    private void VisitImportFrom(ImportFrom i)
    {
        EmitConstant(PyInt.FromLong(i.Level ?? 0));
        EmitConstant(new PyTuple(i.Names.Select(a => (PyObject)PyStr.From(a.Name)).ToArray()), null);
        _b.Emit(Opcode.ImportName, _b.AddName(i.Module ?? ""));
        if (i.Names.Length == 1 && i.Names[0].Name == "*")
        {
            _b.Emit(Opcode.ImportStar);
            return;
        }
        foreach (var alias in i.Names)
        {
            _b.Emit(Opcode.ImportFrom, _b.AddName(alias.Name));
            StoreName(alias.Asname ?? alias.Name);
        }
        _b.Emit(Opcode.PopTop);
    }

    // ---- with ----

    private void VisitWith(WithItem[] items, Stmt[] body, Stmt w, int itemIndex, bool isAsync)
    {
        var item = items[itemIndex];
        var final = new Label();
        var exit = new Label();
        var cleanup = new Label();
        VisitExpr(item.ContextExpr);
        _b.SetLocation(w);
        if (isAsync)
        {
            _b.Emit(Opcode.BeforeAsyncWith);
            EmitAwait();
        }
        else _b.Emit(Opcode.BeforeWith);
        var handler = _b.PushHandler(final, pushLasti: true, depthAdjust: -1);
        _blocks.Add(new FrameBlock { Kind = BlockKind.With, Handler = handler, IsAsync = isAsync });
        if (item.OptionalVars is not null) VisitStoreTarget(item.OptionalVars);
        else _b.Emit(Opcode.PopTop);
        if (itemIndex + 1 < items.Length) VisitWith(items, body, w, itemIndex + 1, isAsync);
        else VisitBody(body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.PopHandler();
        _b.SetLocation(w);
        EmitWithExitCall(isAsync);
        _b.EmitJump(Opcode.Jump, exit);

        // Exceptional exit. Stack: exit, lasti, exc.
        _b.Mark(final);
        _b.PushHandler(cleanup, pushLasti: true);
        _b.Emit(Opcode.PushExcInfo);
        _b.Emit(Opcode.WithExceptStart);
        if (isAsync) EmitAwait();
        var suppress = new Label();
        _b.EmitJump(Opcode.PopJumpIfTrue, suppress);
        _b.Emit(Opcode.Reraise, 2);
        _b.Mark(suppress);
        _b.Emit(Opcode.PopTop);     // exc
        _b.PopHandler();
        _b.Emit(Opcode.PopExcept);  // restores the previous exception
        _b.Emit(Opcode.PopTop);     // lasti
        _b.Emit(Opcode.PopTop);     // exit
        _b.EmitJump(Opcode.Jump, exit);
        _b.Mark(cleanup);
        EmitPopExceptAndReraise();
        _b.Mark(exit);
    }

    private void EmitPopExceptAndReraise()
    {
        _b.Emit(Opcode.Copy, 3);
        _b.Emit(Opcode.PopExcept);
        _b.Emit(Opcode.Reraise, 1);
    }

    // ---- try ----

    private void VisitTry(Try t)
    {
        if (t.Finalbody.Length > 0) VisitTryFinally(t);
        else VisitTryExcept(t);
    }

    private void VisitTryStar(TryStar t)
    {
        // except* shares try/finally and else handling with try/except; only the handler part differs.
        var asTry = new Try { Body = t.Body, Handlers = t.Handlers, Orelse = t.Orelse, Finalbody = t.Finalbody };
        asTry.SetSpan(t, t);
        if (t.Finalbody.Length > 0) VisitTryFinally(asTry, exceptStar: true);
        else VisitTryExcept(asTry, exceptStar: true);
    }

    private void VisitTryFinally(Try t, bool exceptStar = false)
    {
        var end = new Label();
        var exit = new Label();
        var cleanup = new Label();
        var handler = _b.PushHandler(end, pushLasti: false);
        _blocks.Add(new FrameBlock { Kind = BlockKind.FinallyTry, Handler = handler, FinallyBody = t.Finalbody });
        if (t.Handlers.Length > 0) VisitTryExcept(t, exceptStar);
        else VisitBody(t.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.PopHandler();
        VisitBody(t.Finalbody);
        _b.EmitJump(Opcode.Jump, exit);

        // Exceptional path. Stack: exc.
        _b.Mark(end);
        var cleanupHandler = _b.PushHandler(cleanup, pushLasti: true);
        _b.Emit(Opcode.PushExcInfo);
        _blocks.Add(new FrameBlock { Kind = BlockKind.FinallyEnd, Handler = cleanupHandler });
        VisitBody(t.Finalbody);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.Emit(Opcode.Reraise, 0);
        _b.PopHandler();
        _b.Mark(cleanup);
        EmitPopExceptAndReraise();
        _b.Mark(exit);
    }

    private void VisitTryExcept(Try t, bool exceptStar = false)
    {
        var except = new Label();
        var orelse = new Label();
        var end = new Label();
        var cleanup = new Label();
        var handler = _b.PushHandler(except, pushLasti: false);
        _blocks.Add(new FrameBlock { Kind = BlockKind.TryExcept, Handler = handler });
        VisitBody(t.Body);
        _blocks.RemoveAt(_blocks.Count - 1);
        _b.PopHandler();
        _b.EmitJump(Opcode.Jump, orelse);

        // Stack at 'except': exc.
        _b.Mark(except);
        var cleanupHandler = _b.PushHandler(cleanup, pushLasti: true);
        _b.Emit(Opcode.PushExcInfo); // prev_exc, exc
        if (exceptStar)
        {
            EmitExceptStarHandlers(t, end, cleanupHandler);
            _b.PopHandler();
            _b.Mark(cleanup);
            EmitPopExceptAndReraise();
            _b.Mark(orelse);
            VisitBody(t.Orelse);
            _b.Mark(end);
            return;
        }
        for (int i = 0; i < t.Handlers.Length; i++)
        {
            var h = (ExceptHandler)t.Handlers[i];
            _b.SetLocation(h);
            if (h.Type is null && i < t.Handlers.Length - 1) throw Error("default 'except:' must be last", h);
            var next = new Label();
            if (h.Type is not null)
            {
                VisitExpr(h.Type);
                _b.SetLocation(h);
                _b.Emit(Opcode.CheckExcMatch);
                _b.EmitJump(Opcode.PopJumpIfFalse, next);
            }
            if (h.Name is not null)
            {
                StoreName(h.Name);
                var cleanupEnd = new Label();
                var nameHandler = _b.PushHandler(cleanupEnd, pushLasti: true);
                _blocks.Add(new FrameBlock { Kind = BlockKind.HandlerCleanup, Handler = cleanupHandler, HandlerName = h.Name, NameHandler = nameHandler });
                VisitBody(h.Body);
                _blocks.RemoveAt(_blocks.Count - 1);
                _b.PopHandler();
                _b.PopHandler();
                _b.Emit(Opcode.PopExcept);
                EmitConstant(PyNone.Instance);
                StoreName(h.Name);
                NameAccess(h.Name, NameOp.Delete);
                _b.EmitJump(Opcode.Jump, end);

                // An exception inside the handler body: unbind the name, then propagate.
                _b.Mark(cleanupEnd);
                _b.RepushHandler(cleanupHandler);
                EmitConstant(PyNone.Instance);
                StoreName(h.Name);
                NameAccess(h.Name, NameOp.Delete);
                _b.Emit(Opcode.Reraise, 1);
            }
            else
            {
                _b.Emit(Opcode.PopTop);
                _blocks.Add(new FrameBlock { Kind = BlockKind.HandlerCleanup, Handler = cleanupHandler });
                VisitBody(h.Body);
                _blocks.RemoveAt(_blocks.Count - 1);
                _b.PopHandler();
                _b.Emit(Opcode.PopExcept);
                _b.EmitJump(Opcode.Jump, end);
                _b.RepushHandler(cleanupHandler);
            }
            _b.Mark(next);
        }
        _b.Emit(Opcode.Reraise, 0);
        _b.PopHandler();
        _b.Mark(cleanup);
        EmitPopExceptAndReraise();
        _b.Mark(orelse);
        VisitBody(t.Orelse);
        _b.Mark(end);
    }

    /// <summary>
    /// The handlers of <c>try ... except*</c>. Stack: prev_exc, state. Each clause splits off its
    /// match; exceptions raised by a clause body are recorded rather than propagated; at the end
    /// the remaining/raised exceptions are re-raised together, or the handling ends normally.
    /// </summary>
    private void EmitExceptStarHandlers(Try t, Label end, object cleanupHandler)
    {
        _b.Emit(Opcode.ExceptStarStart);
        foreach (ExceptHandler h in t.Handlers.Cast<ExceptHandler>())
        {
            _b.SetLocation(h);
            if (h.Type is null) throw Error("expected one or more exception types", h);
            var next = new Label();
            var noMatch = new Label();
            var raisedInBody = new Label();
            _b.Emit(Opcode.Copy, 1);
            VisitExpr(h.Type);
            _b.SetLocation(h);
            _b.Emit(Opcode.ExceptStarMatch);
            _b.Emit(Opcode.Copy, 1);
            _b.EmitJump(Opcode.PopJumpIfNone, noMatch);
            if (h.Name is not null) StoreName(h.Name);
            else _b.Emit(Opcode.PopTop);
            _b.PushHandler(raisedInBody, pushLasti: true);
            _blocks.Add(new FrameBlock { Kind = BlockKind.ExceptStarBody });
            VisitBody(h.Body);
            _blocks.RemoveAt(_blocks.Count - 1);
            _b.PopHandler();
            EmitUnbindHandlerName(h.Name);
            _b.EmitJump(Opcode.Jump, next);
            _b.Mark(raisedInBody);
            _b.Emit(Opcode.ExceptStarRecord);
            EmitUnbindHandlerName(h.Name);
            _b.EmitJump(Opcode.Jump, next);
            _b.Mark(noMatch);
            _b.Emit(Opcode.PopTop);
            _b.Mark(next);
        }
        var handled = new Label();
        _b.Emit(Opcode.ExceptStarFinish);
        _b.Emit(Opcode.Copy, 1);
        _b.EmitJump(Opcode.PopJumpIfNone, handled);
        _b.Emit(Opcode.Reraise, 0);
        _b.Mark(handled);
        _b.Emit(Opcode.PopTop);
        _b.PopHandler();
        _b.Emit(Opcode.PopExcept);
        _b.EmitJump(Opcode.Jump, end);
        _b.RepushHandler(cleanupHandler);
    }

    private void EmitUnbindHandlerName(string? name)
    {
        if (name is null) return;
        EmitConstant(PyNone.Instance);
        StoreName(name);
        NameAccess(name, NameOp.Delete);
    }

    // ---- assignment targets ----

    private void VisitStoreTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                _b.SetLocation(n);
                StoreName(n.Id);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.StoreAttr, _b.AddName(_scope.Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                _b.SetLocation(s);
                _b.Emit(Opcode.StoreSubscr);
                break;
            case Syntax.Ast.Tuple t: UnpackInto(t.Elts, t); break;
            case List l: UnpackInto(l.Elts, l); break;
            case Starred st: throw Error("starred assignment target must be in a list or tuple", st);
            default: throw Error($"cannot assign to {target.PythonName}", target);
        }
    }

    private void UnpackInto(Expr[] elts, Expr node)
    {
        int star = -1;
        for (int i = 0; i < elts.Length; i++)
        {
            if (elts[i] is Starred)
            {
                if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i]);
                star = i;
            }
        }
        _b.SetLocation(node);
        if (star < 0) _b.Emit(Opcode.UnpackSequence, elts.Length);
        else _b.Emit(Opcode.UnpackEx, star | ((elts.Length - star - 1) << 8));
        foreach (var e in elts) VisitStoreTarget(e is Starred s ? s.Value : e);
    }

    private void VisitDeleteTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                _b.SetLocation(n);
                NameAccess(n.Id, NameOp.Delete);
                break;
            case Attribute a:
                VisitExpr(a.Value);
                _b.SetLocation(a);
                _b.Emit(Opcode.DeleteAttr, _b.AddName(_scope.Mangle(a.Attr)));
                break;
            case Subscript s:
                VisitExpr(s.Value);
                VisitExpr(s.Slice);
                _b.SetLocation(s);
                _b.Emit(Opcode.DeleteSubscr);
                break;
            case Syntax.Ast.Tuple t: foreach (var e in t.Elts) VisitDeleteTarget(e); break;
            case List l: foreach (var e in l.Elts) VisitDeleteTarget(e); break;
            default: throw Error($"cannot delete {target.PythonName}", target);
        }
    }
}
