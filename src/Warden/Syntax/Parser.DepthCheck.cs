using Warden.Syntax.Ast;
using Attribute = Warden.Syntax.Ast.Attribute;
using Tuple = Warden.Syntax.Ast.Tuple;

namespace Warden.Syntax;

// CPython converts its C AST to Python objects recursively and raises RecursionError
// ("maximum recursion depth exceeded during ast construction") when the tree is deeper than
// its limit. This check reproduces that limit; it only runs when the parser saw nesting
// that could come near it, so ordinary files never pay for the walk.
public sealed partial class Parser
{
    /// <summary>
    /// Deepest tree CPython 3.11 converts when ast.parse is called from module level (the
    /// module node has depth 1); measured with /usr/bin/python3.11.
    /// </summary>
    private const int MaxAstDepth = 2991;

    /// <summary>Below this bound on the nesting no tree can reach <see cref="MaxAstDepth"/>.</summary>
    private const int AstDepthCheckThreshold = MaxAstDepth - 8;

    private static void CheckAstDepth(Node root)
    {
        var stack = new Stack<(Node Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxAstDepth)
                throw new PythonFrontEndError("RecursionError", "maximum recursion depth exceeded during ast construction");
            PushChildren(node, depth + 1, stack);
        }
    }

    /// <summary>Pushes every child node of <paramref name="node"/> with the given depth.</summary>
    private static void PushChildren(Node node, int depth, Stack<(Node, int)> sink)
    {
        switch (node)
        {
            case AnnAssign n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Annotation is not null) sink.Push((n.Annotation, depth));
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Assert n:
                if (n.Test is not null) sink.Push((n.Test, depth));
                if (n.Msg is not null) sink.Push((n.Msg, depth));
                break;
            case Assign n:
                foreach (Node? child in n.Targets) if (child is not null) sink.Push((child, depth));
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case AsyncFor n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Iter is not null) sink.Push((n.Iter, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                break;
            case AsyncFunctionDef n:
                if (n.Args is not null) sink.Push((n.Args, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.DecoratorList) if (child is not null) sink.Push((child, depth));
                if (n.Returns is not null) sink.Push((n.Returns, depth));
                break;
            case AsyncWith n:
                foreach (Node? child in n.Items) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                break;
            case Attribute n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case AugAssign n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Await n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case BinOp n:
                if (n.Left is not null) sink.Push((n.Left, depth));
                if (n.Right is not null) sink.Push((n.Right, depth));
                break;
            case BoolOp n:
                foreach (Node? child in n.Values) if (child is not null) sink.Push((child, depth));
                break;
            case Call n:
                if (n.Func is not null) sink.Push((n.Func, depth));
                foreach (Node? child in n.Args) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Keywords) if (child is not null) sink.Push((child, depth));
                break;
            case ClassDef n:
                foreach (Node? child in n.Bases) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Keywords) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.DecoratorList) if (child is not null) sink.Push((child, depth));
                break;
            case Compare n:
                if (n.Left is not null) sink.Push((n.Left, depth));
                foreach (Node? child in n.Comparators) if (child is not null) sink.Push((child, depth));
                break;
            case Delete n:
                foreach (Node? child in n.Targets) if (child is not null) sink.Push((child, depth));
                break;
            case Dict n:
                foreach (Node? child in n.Keys) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Values) if (child is not null) sink.Push((child, depth));
                break;
            case DictComp n:
                if (n.Key is not null) sink.Push((n.Key, depth));
                if (n.Value is not null) sink.Push((n.Value, depth));
                foreach (Node? child in n.Generators) if (child is not null) sink.Push((child, depth));
                break;
            case ExceptHandler n:
                if (n.Type is not null) sink.Push((n.Type, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                break;
            case ExprStmt n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Expression n:
                if (n.Body is not null) sink.Push((n.Body, depth));
                break;
            case For n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Iter is not null) sink.Push((n.Iter, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                break;
            case FormattedValue n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                if (n.FormatSpec is not null) sink.Push((n.FormatSpec, depth));
                break;
            case FunctionDef n:
                if (n.Args is not null) sink.Push((n.Args, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.DecoratorList) if (child is not null) sink.Push((child, depth));
                if (n.Returns is not null) sink.Push((n.Returns, depth));
                break;
            case FunctionType n:
                foreach (Node? child in n.Argtypes) if (child is not null) sink.Push((child, depth));
                if (n.Returns is not null) sink.Push((n.Returns, depth));
                break;
            case GeneratorExp n:
                if (n.Elt is not null) sink.Push((n.Elt, depth));
                foreach (Node? child in n.Generators) if (child is not null) sink.Push((child, depth));
                break;
            case If n:
                if (n.Test is not null) sink.Push((n.Test, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                break;
            case IfExp n:
                if (n.Test is not null) sink.Push((n.Test, depth));
                if (n.Body is not null) sink.Push((n.Body, depth));
                if (n.Orelse is not null) sink.Push((n.Orelse, depth));
                break;
            case Import n:
                foreach (Node? child in n.Names) if (child is not null) sink.Push((child, depth));
                break;
            case ImportFrom n:
                foreach (Node? child in n.Names) if (child is not null) sink.Push((child, depth));
                break;
            case Interactive n:
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                break;
            case JoinedStr n:
                foreach (Node? child in n.Values) if (child is not null) sink.Push((child, depth));
                break;
            case Lambda n:
                if (n.Args is not null) sink.Push((n.Args, depth));
                if (n.Body is not null) sink.Push((n.Body, depth));
                break;
            case List n:
                foreach (Node? child in n.Elts) if (child is not null) sink.Push((child, depth));
                break;
            case ListComp n:
                if (n.Elt is not null) sink.Push((n.Elt, depth));
                foreach (Node? child in n.Generators) if (child is not null) sink.Push((child, depth));
                break;
            case Match n:
                if (n.Subject is not null) sink.Push((n.Subject, depth));
                foreach (Node? child in n.Cases) if (child is not null) sink.Push((child, depth));
                break;
            case MatchAs n:
                if (n.Pattern is not null) sink.Push((n.Pattern, depth));
                break;
            case MatchClass n:
                if (n.Cls is not null) sink.Push((n.Cls, depth));
                foreach (Node? child in n.Patterns) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.KwdPatterns) if (child is not null) sink.Push((child, depth));
                break;
            case MatchMapping n:
                foreach (Node? child in n.Keys) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Patterns) if (child is not null) sink.Push((child, depth));
                break;
            case MatchOr n:
                foreach (Node? child in n.Patterns) if (child is not null) sink.Push((child, depth));
                break;
            case MatchSequence n:
                foreach (Node? child in n.Patterns) if (child is not null) sink.Push((child, depth));
                break;
            case MatchValue n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Module n:
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.TypeIgnores) if (child is not null) sink.Push((child, depth));
                break;
            case NamedExpr n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Raise n:
                if (n.Exc is not null) sink.Push((n.Exc, depth));
                if (n.Cause is not null) sink.Push((n.Cause, depth));
                break;
            case Return n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Set n:
                foreach (Node? child in n.Elts) if (child is not null) sink.Push((child, depth));
                break;
            case SetComp n:
                if (n.Elt is not null) sink.Push((n.Elt, depth));
                foreach (Node? child in n.Generators) if (child is not null) sink.Push((child, depth));
                break;
            case Slice n:
                if (n.Lower is not null) sink.Push((n.Lower, depth));
                if (n.Upper is not null) sink.Push((n.Upper, depth));
                if (n.Step is not null) sink.Push((n.Step, depth));
                break;
            case Starred n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Subscript n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                if (n.Slice is not null) sink.Push((n.Slice, depth));
                break;
            case Try n:
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Handlers) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Finalbody) if (child is not null) sink.Push((child, depth));
                break;
            case TryStar n:
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Handlers) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Finalbody) if (child is not null) sink.Push((child, depth));
                break;
            case Tuple n:
                foreach (Node? child in n.Elts) if (child is not null) sink.Push((child, depth));
                break;
            case UnaryOp n:
                if (n.Operand is not null) sink.Push((n.Operand, depth));
                break;
            case While n:
                if (n.Test is not null) sink.Push((n.Test, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Orelse) if (child is not null) sink.Push((child, depth));
                break;
            case With n:
                foreach (Node? child in n.Items) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                break;
            case Yield n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case YieldFrom n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case Arg n:
                if (n.Annotation is not null) sink.Push((n.Annotation, depth));
                break;
            case Arguments n:
                foreach (Node? child in n.Posonlyargs) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.Args) if (child is not null) sink.Push((child, depth));
                if (n.Vararg is not null) sink.Push((n.Vararg, depth));
                foreach (Node? child in n.Kwonlyargs) if (child is not null) sink.Push((child, depth));
                foreach (Node? child in n.KwDefaults) if (child is not null) sink.Push((child, depth));
                if (n.Kwarg is not null) sink.Push((n.Kwarg, depth));
                foreach (Node? child in n.Defaults) if (child is not null) sink.Push((child, depth));
                break;
            case Comprehension n:
                if (n.Target is not null) sink.Push((n.Target, depth));
                if (n.Iter is not null) sink.Push((n.Iter, depth));
                foreach (Node? child in n.Ifs) if (child is not null) sink.Push((child, depth));
                break;
            case Keyword n:
                if (n.Value is not null) sink.Push((n.Value, depth));
                break;
            case MatchCase n:
                if (n.Pattern is not null) sink.Push((n.Pattern, depth));
                if (n.Guard is not null) sink.Push((n.Guard, depth));
                foreach (Node? child in n.Body) if (child is not null) sink.Push((child, depth));
                break;
            case WithItem n:
                if (n.ContextExpr is not null) sink.Push((n.ContextExpr, depth));
                if (n.OptionalVars is not null) sink.Push((n.OptionalVars, depth));
                break;
        }
    }
}
