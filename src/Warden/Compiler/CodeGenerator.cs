using Warden.Objects;
using Warden.Syntax;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;

namespace Warden.Compiler;

/// <summary>
/// Compiles an AST into <see cref="CodeObject"/>s, one generator per scope. Name access
/// instructions are chosen from the <see cref="SymbolTable"/>'s resolutions; control flow that
/// leaves try/with/loops (break, continue, return) runs the pending cleanups recorded on the
/// frame-block stack, like CPython's compiler.
/// </summary>
public sealed partial class CodeGenerator
{
    private readonly SymbolTable _table;
    private readonly Scope _scope;
    private readonly string _filename;
    private readonly string _qualName;
    private readonly CodeBuilder _b = new();
    private readonly Dictionary<string, int> _fastIndex = new();
    private readonly Dictionary<string, int> _derefIndex = new();
    private readonly List<string> _varNames = new();
    private readonly List<string> _cellVars;
    private readonly List<string> _freeVars;
    private readonly List<FrameBlock> _blocks = new();
    private readonly bool _interactive;
    /// <summary>
    /// <c>from __future__ import annotations</c> is in effect (PEP 563): annotations are not
    /// evaluated; their text, as <see cref="AnnotationUnparser"/> renders it, is stored instead.
    /// </summary>
    private bool _futureAnnotations;

    private CodeGenerator(SymbolTable table, Scope scope, string filename, string qualName, bool interactive = false)
    {
        _table = table;
        _scope = scope;
        _filename = filename;
        _qualName = qualName;
        _interactive = interactive;
        if (scope.Kind == ScopeKind.Function)
        {
            foreach (var p in scope.Parameters) AddVar(p);
            foreach (var (name, r) in scope.Resolutions)
                if (r == NameResolution.Local) AddVar(name);
        }
        _cellVars = scope.CellVars;
        if (scope.Kind == ScopeKind.Class && scope.NeedsClassCell) _cellVars.Add("__class__");
        _freeVars = scope.FreeVars;
        int slot = _varNames.Count;
        foreach (var c in _cellVars) _derefIndex[c] = slot++;
        foreach (var f in _freeVars) _derefIndex[f] = slot++;
    }

    private void AddVar(string name)
    {
        if (_fastIndex.ContainsKey(name)) return;
        _fastIndex[name] = _varNames.Count;
        _varNames.Add(name);
    }

    /// <summary>
    /// Compiles a module (or interactive input, or an expression for eval).
    /// <paramref name="futureAnnotations"/> applies PEP 563 even without the future import, for
    /// code compiled by <c>exec</c>/<c>compile</c> on behalf of code that has it.
    /// </summary>
    public static CodeObject Compile(Mod module, string filename, bool futureAnnotations = false)
    {
        futureAnnotations |= HasFutureAnnotations(module);
        var table = SymbolTable.Build(module, filename, futureAnnotations);
        var gen = new CodeGenerator(table, table.Top, filename, "<module>", module is Interactive);
        gen._futureAnnotations = futureAnnotations;
        switch (module)
        {
            case Module m:
                gen.CompileModuleBody(m.Body);
                break;
            case Interactive i:
                gen.CompileModuleBody(i.Body);
                break;
            case Expression e:
                gen.VisitExpr(e.Body);
                gen._b.Emit(Opcode.ReturnValue);
                break;
        }
        return gen.Assemble("<module>", 0, 0, 0, CodeFlags.None, 1, PyNone.Instance);
    }

    private void CompileModuleBody(Stmt[] body)
    {
        if (body.Length > 0) _b.SetLocation(body[0]);
        if (HasAnnotations(body)) _b.Emit(Opcode.SetupAnnotations);
        int start = 0;
        if (!_interactive && TryGetDocstring(body) is { } doc)
        {
            EmitConstant(PyStr.From(doc));
            StoreName("__doc__");
            start = 1;
        }
        for (int i = start; i < body.Length; i++) VisitStmt(body[i]);
        EmitConstant(PyNone.Instance);
        _b.Emit(Opcode.ReturnValue);
    }

    /// <summary>The module (or interactive statement) starts with <c>from __future__ import annotations</c>.</summary>
    private static bool HasFutureAnnotations(Mod module) => module switch
    {
        Module m => HasFutureAnnotations(m.Body),
        Interactive i => HasFutureAnnotations(i.Body),
        _ => false,
    };

    private static bool HasFutureAnnotations(Stmt[] body)
    {
        int start = TryGetDocstring(body) is null ? 0 : 1;
        for (int i = start; i < body.Length && body[i] is ImportFrom { Module: "__future__" } future; i++)
            if (future.Names.Any(n => n.Name == "annotations")) return true;
        return false;
    }

    private static bool HasAnnotations(Stmt[] body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case For f when HasAnnotations(f.Body) || HasAnnotations(f.Orelse): return true;
                case While w when HasAnnotations(w.Body) || HasAnnotations(w.Orelse): return true;
                case If i when HasAnnotations(i.Body) || HasAnnotations(i.Orelse): return true;
                case With w when HasAnnotations(w.Body): return true;
                case Try t when HasAnnotations(t.Body) || HasAnnotations(t.Orelse) || HasAnnotations(t.Finalbody)
                    || t.Handlers.OfType<ExceptHandler>().Any(h => HasAnnotations(h.Body)): return true;
            }
        }
        return false;
    }

    private static string? TryGetDocstring(Stmt[] body)
        => body.Length > 0 && body[0] is ExprStmt { Value: Constant { Value: string s } } ? s : null;

    private CodeObject Assemble(string name, int argCount, int posOnly, int kwOnly, CodeFlags flags, int firstLine, PyObject doc)
    {
        var (words, positions, constants, names, cacheCount, table, stackSize) = _b.Finish();
        var cellParam = new int[_cellVars.Count];
        for (int i = 0; i < _cellVars.Count; i++)
            cellParam[i] = _scope.Kind == ScopeKind.Function ? _scope.Parameters.IndexOf(_cellVars[i]) : -1;
        if (_scope.IsGenerator) flags |= CodeFlags.Generator;
        if (_futureAnnotations) flags |= CodeFlags.FutureAnnotations;
        if (_scope.IsCoroutine) flags |= _scope.IsGenerator ? CodeFlags.AsyncGenerator : CodeFlags.Coroutine;
        return new CodeObject
        {
            Name = name,
            QualName = _qualName,
            Filename = _filename,
            FirstLineNumber = firstLine,
            ArgCount = argCount,
            PosOnlyArgCount = posOnly,
            KwOnlyArgCount = kwOnly,
            Flags = flags,
            VarNames = _varNames.ToArray(),
            CellVars = _cellVars.ToArray(),
            FreeVars = _freeVars.ToArray(),
            CellParameterIndex = cellParam,
            Instructions = words,
            Constants = constants,
            Names = names,
            Caches = new object?[cacheCount],
            ExceptionTable = table,
            Positions = positions,
            StackSize = stackSize,
            Doc = doc,
        };
    }

    private PythonSyntaxError Error(string message, PositionedNode node)
        => new("SyntaxError", message) { Filename = _filename, Lineno = node.Lineno, Offset = node.ColOffset + 1, EndLineno = node.EndLineno, EndOffset = node.EndColOffset + 1 };

    // ---- constants ----

    private void EmitConstant(PyObject value, object? identity = null)
        => _b.Emit(Opcode.LoadConst, _b.AddConstant(value, identity ?? ConstantIdentity(value)));

    private static object? ConstantIdentity(PyObject value) => value switch
    {
        PyNone => "None",
        PyInt { IsBool: true } b => b.Small != 0 ? "True" : "False",
        PyInt i => i.IsSmall ? i.Small : i.Big,
        PyFloat f => BitConverter.DoubleToInt64Bits(f.Value),
        PyStr s => "s" + s.Value,
        PyEllipsis => "...",
        _ => null,
    };

    private PyObject ConstantValue(object? value, PositionedNode node)
        => ConstantObjects.ToPython(value) ?? throw Error($"constants of type {value!.GetType().Name} are not supported yet", node);

    // ---- names ----

    private enum NameOp { Load, Store, Delete }

    private void LoadName(string name) => NameAccess(name, NameOp.Load);
    private void StoreName(string name) => NameAccess(name, NameOp.Store);

    private void NameAccess(string name, NameOp op)
    {
        name = _scope.Mangle(name);
        var resolution = _scope.Resolve(name);
        if (_scope.Kind == ScopeKind.Class && name == "__class__" && op == NameOp.Load)
            resolution = NameResolution.GlobalImplicit;
        switch (resolution)
        {
            case NameResolution.Cell:
            case NameResolution.Free:
                if (_scope.Kind == ScopeKind.Class && op == NameOp.Load)
                {
                    _b.Emit(Opcode.LoadClassDeref, _derefIndex[name]);
                    return;
                }
                _b.Emit(op switch { NameOp.Load => Opcode.LoadDeref, NameOp.Store => Opcode.StoreDeref, _ => Opcode.DeleteDeref }, _derefIndex[name]);
                return;
            case NameResolution.Local when _scope.Kind == ScopeKind.Function:
                _b.Emit(op switch { NameOp.Load => Opcode.LoadFast, NameOp.Store => Opcode.StoreFast, _ => Opcode.DeleteFast }, _fastIndex[name]);
                return;
            case NameResolution.GlobalExplicit:
            case NameResolution.GlobalImplicit when _scope.Kind == ScopeKind.Function:
                _b.Emit(op switch { NameOp.Load => Opcode.LoadGlobal, NameOp.Store => Opcode.StoreGlobal, _ => Opcode.DeleteGlobal }, _b.AddName(name));
                return;
            default:
                _b.Emit(op switch { NameOp.Load => Opcode.LoadName, NameOp.Store => Opcode.StoreName, _ => Opcode.DeleteName }, _b.AddName(name));
                return;
        }
    }

    // ---- functions and classes ----

    private string ChildQualName(string name)
    {
        if (_scope.Kind == ScopeKind.Module) return name;
        if (_scope.Kind == ScopeKind.Function) return _qualName + ".<locals>." + name;
        return _qualName + "." + name;
    }

    private string QualNameFor(Scope child, string name)
    {
        // A function declared global in its parent gets a top-level qualname.
        if (_scope.Kind != ScopeKind.Module && _scope.Resolve(name) == NameResolution.GlobalExplicit) return name;
        return ChildQualName(name);
    }

    /// <summary>Compiles a nested scope and emits MAKE_FUNCTION for it (defaults already on the stack per <paramref name="flags"/>).</summary>
    private void MakeClosure(CodeObject code, Scope child, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var free in code.FreeVars)
            {
                // A class's __class__ cell, or one of our own cells/frees.
                _b.Emit(Opcode.LoadClosure, _derefIndex[free]);
            }
            _b.Emit(Opcode.BuildTuple, code.FreeVars.Length);
            flags |= 8;
        }
        EmitConstant(code, null);
        _b.Emit(Opcode.MakeFunction, flags);
    }

    /// <summary>
    /// Pushes the <c>__annotations__</c> dict of a function, in CPython 3.11's order (ordinary
    /// positional parameters, then positional-only ones, *args, keyword-only, **kwargs, 'return');
    /// returns MAKE_FUNCTION's flag for it.
    /// </summary>
    private int EmitAnnotations(Arguments args, Expr? returns)
    {
        var annotated = new List<(string Name, Expr Annotation)>();
        void Add(Arg? a)
        {
            if (a?.Annotation is { } annotation) annotated.Add((_scope.Mangle(a.ArgName), annotation));
        }
        foreach (var a in args.Args) Add(a);
        foreach (var a in args.Posonlyargs) Add(a);
        Add(args.Vararg);
        foreach (var a in args.Kwonlyargs) Add(a);
        Add(args.Kwarg);
        if (returns is not null) annotated.Add(("return", returns));
        if (annotated.Count == 0) return 0;
        foreach (var (_, annotation) in annotated) EmitAnnotationValue(annotation);
        EmitConstant(new PyTuple(annotated.Select(x => (PyObject)PyStr.From(x.Name)).ToArray()), null);
        _b.Emit(Opcode.BuildConstKeyMap, annotated.Count);
        return 4;
    }

    /// <summary>Pushes an annotation's value: the annotation evaluated, or its text under PEP 563.</summary>
    private void EmitAnnotationValue(Expr annotation)
    {
        if (_futureAnnotations) EmitConstant(PyStr.From(AnnotationUnparser.Unparse(annotation)));
        else VisitExpr(annotation);
    }

    private int EmitDefaults(Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Length > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            _b.Emit(Opcode.BuildTuple, args.Defaults.Length);
            flags |= 1;
        }
        var kwNames = new List<string>();
        for (int i = 0; i < args.Kwonlyargs.Length; i++)
        {
            if (i < args.KwDefaults.Length && args.KwDefaults[i] is { } def)
            {
                VisitExpr(def);
                kwNames.Add(_scope.Mangle(args.Kwonlyargs[i].ArgName));
            }
        }
        if (kwNames.Count > 0)
        {
            EmitConstant(new PyTuple(kwNames.Select(n => (PyObject)PyStr.From(n)).ToArray()), null);
            _b.Emit(Opcode.BuildConstKeyMap, kwNames.Count);
            flags |= 2;
        }
        return flags;
    }

    private CodeObject CompileFunctionBody(Scope child, string name, string qualName, Arguments args, Stmt[]? body, Expr? lambdaBody, int firstLine)
    {
        var gen = new CodeGenerator(_table, child, _filename, qualName) { _futureAnnotations = _futureAnnotations };
        PyObject doc = PyNone.Instance;
        if (body is not null)
        {
            int start = 0;
            if (TryGetDocstring(body) is { } d)
            {
                doc = PyStr.From(d);
                start = 1;
            }
            for (int i = start; i < body.Length; i++) gen.VisitStmt(body[i]);
            if (body.Length == 0 || !IsTerminal(body[^1]))
            {
                // The implicit "return None" belongs to the last line of the body.
                if (body.Length > 0) gen._b.SetLocation(LastStatement(body));
                gen.EmitConstant(PyNone.Instance);
                gen._b.Emit(Opcode.ReturnValue);
            }
        }
        else
        {
            gen._b.SetLocation(lambdaBody!);
            gen.VisitExpr(lambdaBody!);
            if (child.IsGenerator) { gen._b.Emit(Opcode.PopTop); gen.EmitConstant(PyNone.Instance); }
            gen._b.Emit(Opcode.ReturnValue);
        }
        var flags = CodeFlags.Optimized | CodeFlags.NewLocals;
        if (child.HasVarArgs) flags |= CodeFlags.VarArgs;
        if (child.HasVarKeywords) flags |= CodeFlags.VarKeywords;
        if (_scope.Kind == ScopeKind.Function) flags |= CodeFlags.Nested;
        return gen.Assemble(name, args.Posonlyargs.Length + args.Args.Length, args.Posonlyargs.Length, args.Kwonlyargs.Length, flags, firstLine, doc);
    }

    private static Stmt LastStatement(Stmt[] body)
    {
        var last = body[^1];
        return last switch
        {
            If i when i.Orelse.Length > 0 => LastStatement(i.Orelse),
            If i => LastStatement(i.Body),
            For f when f.Orelse.Length > 0 => LastStatement(f.Orelse),
            While w when w.Orelse.Length > 0 => LastStatement(w.Orelse),
            With w => LastStatement(w.Body),
            Try t when t.Finalbody.Length > 0 => LastStatement(t.Finalbody),
            Try t when t.Orelse.Length > 0 => LastStatement(t.Orelse),
            _ => last,
        };
    }

    private static bool IsTerminal(Stmt s) => s is Return or Raise;

    private void VisitFunctionDef(Stmt node, string name, Arguments args, Expr[] decorators, Stmt[] body, bool isAsync, Expr? returns)
    {
        foreach (var d in decorators)
        {
            VisitExpr(d);
            _b.Emit(Opcode.PushNull);
        }
        _b.SetLocation(node);
        int flags = EmitDefaults(args);
        flags |= EmitAnnotations(args, returns);
        var child = _table.ScopeOf(node);
        int firstLine = decorators.Length > 0 ? decorators[0].Lineno : node.Lineno;
        var code = CompileFunctionBody(child, name, QualNameFor(child, name), args, body, null, firstLine);
        _b.SetLocation(node);
        MakeClosure(code, child, flags);
        for (int i = decorators.Length - 1; i >= 0; i--)
        {
            _b.SetLocation(decorators[i]);
            _b.Emit(Opcode.Call, 1);
        }
        _b.SetLocation(node);
        StoreName(name);
    }

    private void VisitLambda(Lambda l)
    {
        int flags = EmitDefaults(l.Args);
        var child = _table.ScopeOf(l);
        var code = CompileFunctionBody(child, "<lambda>", ChildQualName("<lambda>"), l.Args, null, l.Body, l.Lineno);
        _b.SetLocation(l);
        MakeClosure(code, child, flags);
    }

    private void VisitClassDef(ClassDef c)
    {
        foreach (var d in c.DecoratorList)
        {
            VisitExpr(d);
            _b.Emit(Opcode.PushNull);
        }
        _b.SetLocation(c);
        var child = _table.ScopeOf(c);
        string qualName = QualNameFor(child, c.Name);
        var gen = new CodeGenerator(_table, child, _filename, qualName) { _futureAnnotations = _futureAnnotations };
        gen._b.SetLocation(c);
        gen.LoadName("__name__");
        gen.StoreName("__module__");
        gen.EmitConstant(PyStr.From(qualName));
        gen.StoreName("__qualname__");
        int start = 0;
        if (TryGetDocstring(c.Body) is { } doc)
        {
            gen._b.SetLocation(c.Body[0]);
            gen.EmitConstant(PyStr.From(doc));
            gen.StoreName("__doc__");
            start = 1;
        }
        if (HasAnnotations(c.Body)) gen._b.Emit(Opcode.SetupAnnotations);
        for (int i = start; i < c.Body.Length; i++) gen.VisitStmt(c.Body[i]);
        if (child.NeedsClassCell)
        {
            gen._b.Emit(Opcode.LoadClosure, gen._derefIndex["__class__"]);
            gen._b.Emit(Opcode.Copy, 1);
            gen.StoreName("__classcell__");
        }
        else gen.EmitConstant(PyNone.Instance);
        gen._b.Emit(Opcode.ReturnValue);
        var code = gen.Assemble(c.Name, 0, 0, 0, CodeFlags.None, c.Lineno, PyNone.Instance);

        _b.SetLocation(c);
        _b.Emit(Opcode.LoadBuildClass);
        _b.Emit(Opcode.PushNull);
        MakeClosure(code, child, 0);
        EmitConstant(PyStr.From(c.Name));
        EmitCallArguments(c, 2, c.Bases, c.Keywords);
        for (int i = c.DecoratorList.Length - 1; i >= 0; i--)
        {
            _b.SetLocation(c.DecoratorList[i]);
            _b.Emit(Opcode.Call, 1);
        }
        _b.SetLocation(c);
        StoreName(c.Name);
    }
}
