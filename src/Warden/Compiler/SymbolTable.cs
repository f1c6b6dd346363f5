using Warden.Syntax;
using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;

namespace Warden.Compiler;

/// <summary>The kind of block a scope belongs to.</summary>
public enum ScopeKind { Module, Class, Function }

/// <summary>How a name was used inside one scope (before analysis).</summary>
[Flags]
public enum SymbolUse
{
    None = 0,
    Assigned = 1,
    DeclaredGlobal = 2,
    DeclaredNonlocal = 4,
    Parameter = 8,
    Used = 16,
    Imported = 32,
    Annotated = 64,
    /// <summary>Bound in a class body and also free in a method: read with LOAD_CLASSDEREF.</summary>
    FreeInClass = 128,
    /// <summary>Bound by a walrus inside a comprehension (belongs to the enclosing function).</summary>
    ComprehensionTarget = 256,
}

/// <summary>Where a name lives at run time, after analysis.</summary>
public enum NameResolution { Local, GlobalExplicit, GlobalImplicit, Free, Cell }

/// <summary>One scope: module, class body, function, lambda or comprehension.</summary>
public sealed class Scope
{
    public ScopeKind Kind { get; }
    public string Name { get; }
    public Scope? Parent { get; }
    public List<Scope> Children { get; } = new();
    /// <summary>Names in order of first appearance.</summary>
    public Dictionary<string, SymbolUse> Symbols { get; } = new();
    public Dictionary<string, NameResolution> Resolutions { get; } = new();
    public List<string> Parameters { get; } = new();
    public bool IsGenerator { get; set; }
    public bool IsCoroutine { get; set; }
    public bool IsComprehension { get; init; }
    public bool IsLambda { get; init; }
    public bool HasVarArgs { get; set; }
    public bool HasVarKeywords { get; set; }
    /// <summary>Class scope: a method uses <c>super()</c> or <c>__class__</c>, so the class needs a <c>__class__</c> cell.</summary>
    public bool NeedsClassCell { get; set; }
    public int Line { get; init; }

    public Scope(ScopeKind kind, string name, Scope? parent)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
        ManglingClass = kind == ScopeKind.Class ? name : parent?.ManglingClass;
    }

    /// <summary>The innermost enclosing class (or this class) whose name mangles <c>__private</c> names, or null.</summary>
    public string? ManglingClass { get; }

    /// <summary>CPython's private-name mangling: <c>__x</c> inside class <c>_C</c> becomes <c>_C__x</c>.</summary>
    public string Mangle(string name)
    {
        if (ManglingClass is null || name.Length < 3 || !name.StartsWith("__", StringComparison.Ordinal)
            || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = ManglingClass.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    internal void Add(string name, SymbolUse use)
    {
        name = Mangle(name);
        Symbols.TryGetValue(name, out var existing);
        Symbols[name] = existing | use;
    }

    public NameResolution Resolve(string name)
        => Resolutions.TryGetValue(Mangle(name), out var r) ? r
            : (Kind == ScopeKind.Function ? NameResolution.GlobalImplicit : NameResolution.GlobalImplicit);

    /// <summary>Cell variables, sorted (the order of <see cref="Objects.CodeObject.CellVars"/>).</summary>
    public List<string> CellVars => Resolutions.Where(p => p.Value == NameResolution.Cell).Select(p => p.Key)
        .OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Free variables, sorted (the order of the closure tuple).</summary>
    public List<string> FreeVars => Resolutions.Where(p => p.Value == NameResolution.Free).Select(p => p.Key)
        .Concat(ClassPassThrough).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Class scope: names bound in the class body that methods take from an enclosing function.</summary>
    public HashSet<string> ClassPassThrough { get; } = new();
}

/// <summary>
/// Builds the scopes of a module and resolves every name with CPython's rules: explicit and
/// implicit globals, nonlocals, free and cell variables, class bodies that are invisible to
/// their methods, comprehension scopes, and the implicit <c>__class__</c> cell for <c>super()</c>.
/// </summary>
public sealed partial class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _filename;
    private Scope _current = null!;
    public Scope Top { get; private set; } = null!;

    private SymbolTable(string filename) => _filename = filename;

    /// <summary>Builds and analyses the scopes of <paramref name="module"/>; <paramref name="futureAnnotations"/>: PEP 563 applies.</summary>
    public static SymbolTable Build(Mod module, string filename, bool futureAnnotations = false)
    {
        var table = new SymbolTable(filename) { _futureAnnotations = futureAnnotations };
        table.Top = new Scope(ScopeKind.Module, "top", null);
        table._current = table.Top;
        table._scopes[module] = table.Top;
        switch (module)
        {
            case Module m: table.VisitBody(m.Body); break;
            case Interactive i: table.VisitBody(i.Body); break;
            case Expression e: table.VisitExpr(e.Body); break;
        }
        table.Analyze(table.Top, new HashSet<string>(), new HashSet<string>());
        return table;
    }

    public Scope ScopeOf(Node node) => _scopes[node];

    private PythonSyntaxError Error(string message, PositionedNode node)
        => new("SyntaxError", message) { Filename = _filename, Lineno = node.Lineno, Offset = node.ColOffset + 1 };

    private Scope Enter(ScopeKind kind, string name, Node node, int line, bool comprehension = false, bool lambda = false)
    {
        var scope = new Scope(kind, name, _current) { IsComprehension = comprehension, IsLambda = lambda, Line = line };
        _current.Children.Add(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    // ---- statements ----

    private void VisitBody(Stmt[] body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f:
                _current.Add(f.Name, SymbolUse.Assigned);
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: false);
                break;
            case AsyncFunctionDef f:
                _current.Add(f.Name, SymbolUse.Assigned);
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, isAsync: true);
                break;
            case ClassDef c:
                _current.Add(c.Name, SymbolUse.Assigned);
                foreach (var d in c.DecoratorList) VisitExpr(d);
                foreach (var b in c.Bases) VisitExpr(b);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                Enter(ScopeKind.Class, c.Name, c, c.Lineno);
                VisitBody(c.Body);
                Leave();
                break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                foreach (var t in a.Targets) VisitExpr(t);
                VisitExpr(a.Value);
                break;
            case AugAssign a:
                VisitExpr(a.Target);
                if (a.Target is Name n) _current.Add(n.Id, SymbolUse.Used);
                VisitExpr(a.Value);
                break;
            case AnnAssign a:
                if (a.Target is Name an)
                {
                    if (_current.Symbols.TryGetValue(an.Id, out var prev) && (prev & (SymbolUse.DeclaredGlobal | SymbolUse.DeclaredNonlocal)) != 0 && a.Simple != 0)
                        throw Error($"annotated name '{an.Id}' can't be {((prev & SymbolUse.DeclaredGlobal) != 0 ? "global" : "nonlocal")}", a);
                    _current.Add(an.Id, SymbolUse.Annotated | SymbolUse.Assigned);
                }
                else VisitExpr(a.Target);
                if (_current.Kind != ScopeKind.Function || _futureAnnotations) VisitAnnotation(a.Annotation);
                if (a.Value is not null) VisitExpr(a.Value);
                break;
            case For f:
                VisitExpr(f.Target); VisitExpr(f.Iter); VisitBody(f.Body); VisitBody(f.Orelse);
                break;
            case AsyncFor f:
                VisitExpr(f.Target); VisitExpr(f.Iter); VisitBody(f.Body); VisitBody(f.Orelse);
                break;
            case While w:
                VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.Orelse);
                break;
            case With w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitBody(w.Body);
                break;
            case AsyncWith w:
                foreach (var item in w.Items) { VisitExpr(item.ContextExpr); if (item.OptionalVars is not null) VisitExpr(item.OptionalVars); }
                VisitBody(w.Body);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitBody(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) VisitExpr(r.Exc);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Try t:
                VisitBody(t.Body); VisitHandlers(t.Handlers); VisitBody(t.Orelse); VisitBody(t.Finalbody);
                break;
            case TryStar t:
                VisitBody(t.Body); VisitHandlers(t.Handlers); VisitBody(t.Orelse); VisitBody(t.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import i:
                foreach (var alias in i.Names)
                {
                    string bound = alias.Asname ?? alias.Name.Split('.')[0];
                    _current.Add(bound, SymbolUse.Assigned | SymbolUse.Imported);
                }
                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    if (alias.Name == "*")
                    {
                        if (_current.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", i);
                        continue;
                    }
                    _current.Add(alias.Asname ?? alias.Name, SymbolUse.Assigned | SymbolUse.Imported);
                }
                break;
            case Global g:
                foreach (var name in g.Names)
                {
                    if (_current.Symbols.TryGetValue(name, out var prev))
                    {
                        if ((prev & SymbolUse.Parameter) != 0) throw Error($"name '{name}' is parameter and global", g);
                        if ((prev & SymbolUse.DeclaredNonlocal) != 0) throw Error($"name '{name}' is nonlocal and global", g);
                        if ((prev & SymbolUse.Annotated) != 0) throw Error($"annotated name '{name}' can't be global", g);
                        if ((prev & SymbolUse.Used) != 0) throw Error($"name '{name}' is used prior to global declaration", g);
                        if ((prev & SymbolUse.Assigned) != 0) throw Error($"name '{name}' is assigned to before global declaration", g);
                    }
                    _current.Add(name, SymbolUse.DeclaredGlobal);
                }
                break;
            case Nonlocal nl:
                if (_current.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                foreach (var name in nl.Names)
                {
                    if (_current.Symbols.TryGetValue(name, out var prev))
                    {
                        if ((prev & SymbolUse.Parameter) != 0) throw Error($"name '{name}' is parameter and nonlocal", nl);
                        if ((prev & SymbolUse.DeclaredGlobal) != 0) throw Error($"name '{name}' is nonlocal and global", nl);
                        if ((prev & SymbolUse.Used) != 0) throw Error($"name '{name}' is used prior to nonlocal declaration", nl);
                        if ((prev & SymbolUse.Assigned) != 0) throw Error($"name '{name}' is assigned to before nonlocal declaration", nl);
                    }
                    _current.Add(name, SymbolUse.DeclaredNonlocal);
                }
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
        }
    }

    private void VisitHandlers(ExceptHandlerBase[] handlers)
    {
        foreach (var hb in handlers)
        {
            var h = (ExceptHandler)hb;
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) _current.Add(h.Name, SymbolUse.Assigned);
            VisitBody(h.Body);
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSequence s: foreach (var x in s.Patterns) VisitPattern(x); break;
            case MatchStar s: if (s.Name is not null) _current.Add(s.Name, SymbolUse.Assigned); break;
            case MatchMapping m:
                foreach (var k in m.Keys) VisitExpr(k);
                foreach (var x in m.Patterns) VisitPattern(x);
                if (m.Rest is not null) _current.Add(m.Rest, SymbolUse.Assigned);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var x in c.Patterns) VisitPattern(x);
                foreach (var x in c.KwdPatterns) VisitPattern(x);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) _current.Add(a.Name, SymbolUse.Assigned);
                break;
            case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
        }
    }

    private void VisitFunction(Node node, string name, Arguments args, Expr[] decorators, Expr? returns, Stmt[] body, bool isAsync)
    {
        foreach (var d in decorators) VisitExpr(d);
        foreach (var d in args.Defaults) VisitExpr(d);
        foreach (var d in args.KwDefaults) if (d is not null) VisitExpr(d);
        VisitAnnotations(args, returns);
        var scope = Enter(ScopeKind.Function, name, node, ((PositionedNode)node).Lineno);
        scope.IsCoroutine = isAsync;
        AddParameters(scope, args);
        VisitBody(body);
        Leave();
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs))
            if (a.Annotation is not null) VisitAnnotation(a.Annotation);
        if (args.Vararg?.Annotation is { } va) VisitAnnotation(va);
        if (args.Kwarg?.Annotation is { } ka) VisitAnnotation(ka);
        if (returns is not null) VisitAnnotation(returns);
    }

    private void AddParameters(Scope scope, Arguments args)
    {
        void Param(Arg a, PositionedNode where)
        {
            if (scope.Symbols.TryGetValue(scope.Mangle(a.ArgName), out var prev) && (prev & SymbolUse.Parameter) != 0)
                throw Error($"duplicate argument '{a.ArgName}' in function definition", where);
            scope.Add(a.ArgName, SymbolUse.Parameter);
            scope.Parameters.Add(scope.Mangle(a.ArgName));
        }
        foreach (var a in args.Posonlyargs) Param(a, a);
        foreach (var a in args.Args) Param(a, a);
        foreach (var a in args.Kwonlyargs) Param(a, a);
        if (args.Vararg is not null) { Param(args.Vararg, args.Vararg); scope.HasVarArgs = true; }
        if (args.Kwarg is not null) { Param(args.Kwarg, args.Kwarg); scope.HasVarKeywords = true; }
    }

    // ---- expressions ----

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    _current.Add(n.Id, SymbolUse.Used);
                    // super() and __class__ need the implicit __class__ cell of the enclosing class.
                    if (_current.Kind == ScopeKind.Function && (n.Id == "super" || n.Id == "__class__"))
                        _current.Add("__class__", SymbolUse.Used);
                }
                else _current.Add(n.Id, SymbolUse.Assigned);
                break;
            case BoolOp b: foreach (var v in b.Values) VisitExpr(v); break;
            case NamedExpr ne: VisitNamedExpr(ne); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                foreach (var d in l.Args.Defaults) VisitExpr(d);
                foreach (var d in l.Args.KwDefaults) if (d is not null) VisitExpr(d);
                var scope = Enter(ScopeKind.Function, "<lambda>", l, l.Lineno, lambda: true);
                AddParameters(scope, l.Args);
                VisitExpr(l.Body);
                Leave();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                foreach (var v in d.Values) VisitExpr(v);
                break;
            case Set s: foreach (var x in s.Elts) VisitExpr(x); break;
            case ListComp lc: VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, false); break;
            case SetComp sc: VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, false); break;
            case DictComp dc: VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, false); break;
            case GeneratorExp ge: VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, true); break;
            case Await a:
                VisitExpr(a.Value);
                // An await inside a comprehension makes the comprehension itself a coroutine.
                if (_current.IsComprehension) _current.IsCoroutine = true;
                break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value);
                _current.IsGenerator = true;
                break;
            case YieldFrom y:
                VisitExpr(y.Value);
                _current.IsGenerator = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                foreach (var x in c.Comparators) VisitExpr(x);
                break;
            case Call c:
                VisitExpr(c.Func);
                foreach (var a in c.Args) VisitExpr(a);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j: foreach (var v in j.Values) VisitExpr(v); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case List l: foreach (var x in l.Elts) VisitExpr(x); break;
            case Syntax.Ast.Tuple t: foreach (var x in t.Elts) VisitExpr(x); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
        }
    }

    private void VisitNamedExpr(NamedExpr ne)
    {
        VisitExpr(ne.Value);
        var target = (Name)ne.Target;
        if (_current.IsComprehension)
        {
            // The target binds in the nearest enclosing non-comprehension scope.
            var scope = _current;
            while (scope.IsComprehension)
            {
                scope.Add(target.Id, scope.Parent!.Kind == ScopeKind.Module ? SymbolUse.DeclaredGlobal : SymbolUse.DeclaredNonlocal);
                scope = scope.Parent!;
                if (scope.Kind == ScopeKind.Class)
                    throw Error("assignment expression within a comprehension cannot be used in a class body", ne);
            }
            scope.Add(target.Id, SymbolUse.Assigned);
            return;
        }
        _current.Add(target.Id, SymbolUse.Assigned);
    }

    private void VisitComprehension(Expr node, string name, Comprehension[] generators, Expr elt, Expr? value, bool isGenerator)
    {
        VisitExpr(generators[0].Iter);
        var scope = Enter(ScopeKind.Function, name, node, node.Lineno, comprehension: true);
        scope.IsGenerator = isGenerator;
        if (generators.Any(g => g.IsAsync != 0)) scope.IsCoroutine = true;
        scope.Add(".0", SymbolUse.Parameter);
        scope.Parameters.Add(".0");
        for (int i = 0; i < generators.Length; i++)
        {
            var g = generators[i];
            if (i > 0) VisitExpr(g.Iter);
            VisitExpr(g.Target);
            foreach (var cond in g.Ifs) VisitExpr(cond);
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        Leave();
        // An async list/set/dict comprehension is awaited where it is built, so an enclosing
        // comprehension becomes a coroutine too.
        if (scope.IsCoroutine && !isGenerator && _current.IsComprehension) _current.IsCoroutine = true;
    }

    // ---- analysis ----

    /// <summary>
    /// Resolves every name of <paramref name="scope"/>. <paramref name="bound"/> holds names bound in
    /// enclosing function scopes (visible as free variables); <paramref name="explicitGlobals"/> names
    /// declared global in an enclosing scope. Returns the free names this scope needs from its parent.
    /// </summary>
    private HashSet<string> Analyze(Scope scope, HashSet<string> bound, HashSet<string> explicitGlobals)
    {
        var localNames = new HashSet<string>();
        var newGlobals = new HashSet<string>(explicitGlobals);
        foreach (var (name, use) in scope.Symbols)
        {
            NameResolution r;
            if ((use & SymbolUse.DeclaredGlobal) != 0)
            {
                r = NameResolution.GlobalExplicit;
                newGlobals.Add(name);
            }
            else if ((use & SymbolUse.DeclaredNonlocal) != 0)
            {
                if (!bound.Contains(name))
                    throw new PythonSyntaxError("SyntaxError", $"no binding for nonlocal '{name}' found") { Filename = _filename, Lineno = scope.Line };
                r = NameResolution.Free;
            }
            else if ((use & (SymbolUse.Assigned | SymbolUse.Parameter)) != 0)
            {
                r = NameResolution.Local;
                localNames.Add(name);
                newGlobals.Remove(name);
            }
            else if (scope.Kind != ScopeKind.Module && bound.Contains(name))
                r = NameResolution.Free;
            else if (explicitGlobals.Contains(name))
                r = NameResolution.GlobalExplicit;
            else
                r = NameResolution.GlobalImplicit;
            scope.Resolutions[name] = r;
        }

        // Names visible to nested functions as free variables.
        var childBound = new HashSet<string>(bound);
        if (scope.Kind == ScopeKind.Function)
        {
            foreach (var n in localNames) childBound.Add(n);
            foreach (var (n, r) in scope.Resolutions) if (r == NameResolution.Free) childBound.Add(n);
        }
        if (scope.Kind == ScopeKind.Class) childBound.Add("__class__");
        foreach (var (n, r) in scope.Resolutions)
            if (r == NameResolution.GlobalExplicit) childBound.Remove(n);

        var childFree = new HashSet<string>();
        foreach (var child in scope.Children)
            childFree.UnionWith(Analyze(child, childBound, newGlobals));

        foreach (var name in childFree)
        {
            if (scope.Kind == ScopeKind.Class && name == "__class__")
            {
                scope.NeedsClassCell = true;
                continue;
            }
            if (scope.Resolutions.TryGetValue(name, out var r))
            {
                if (r == NameResolution.Local)
                {
                    if (scope.Kind == ScopeKind.Function) scope.Resolutions[name] = NameResolution.Cell;
                    else if (scope.Kind == ScopeKind.Class)
                    {
                        // Bound in the class body but a method wants the outer binding.
                        scope.Symbols[name] |= SymbolUse.FreeInClass;
                        if (bound.Contains(name)) scope.ClassPassThrough.Add(name);
                    }
                }
                else if (r is NameResolution.GlobalImplicit or NameResolution.GlobalExplicit)
                {
                    if (scope.Kind != ScopeKind.Module) scope.Resolutions[name] = NameResolution.Free;
                }
            }
            else if (scope.Kind != ScopeKind.Module)
            {
                scope.Resolutions[name] = NameResolution.Free;
            }
        }

        var free = new HashSet<string>();
        foreach (var (n, r) in scope.Resolutions) if (r == NameResolution.Free) free.Add(n);
        free.UnionWith(scope.ClassPassThrough);
        return free;
    }
}
