using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Compiler;

public sealed partial class SymbolTable
{
    /// <summary><c>from __future__ import annotations</c> is in effect for the module being analysed.</summary>
    private bool _futureAnnotations;

    /// <summary>
    /// Visits an annotation. Under PEP 563 it is never evaluated, so its names bind or capture
    /// nothing (an enclosing variable named only in annotations stays a plain local); CPython
    /// still analyses it in a block of its own and rejects there what could not run as a lazy
    /// annotation: yield, await and assignment expressions outside any nested lambda or
    /// comprehension.
    /// </summary>
    private void VisitAnnotation(Expr annotation)
    {
        if (_futureAnnotations) CheckUnevaluatedAnnotation(annotation);
        else VisitExpr(annotation);
    }

    private void CheckUnevaluatedAnnotation(Node node)
    {
        string? forbidden = node switch
        {
            Yield or YieldFrom => "yield expression",
            Await => "await expression",
            NamedExpr => "named expression",
            _ => null,
        };
        if (forbidden is not null)
        {
            var at = (PositionedNode)node;
            throw new PythonSyntaxError("SyntaxError", $"'{forbidden}' can not be used within an annotation")
            {
                Filename = _filename,
                Lineno = at.Lineno,
                Offset = at.ColOffset + 1,
                EndLineno = at.EndLineno,
                EndOffset = at.EndColOffset + 1,
            };
        }
        switch (node)
        {
            // A lambda's body and a comprehension (all but its first iterable) are scopes of
            // their own, where these expressions are legal.
            case Lambda lambda:
                CheckUnevaluatedAnnotation(lambda.Args);
                return;
            case ListComp c:
                CheckUnevaluatedAnnotation(c.Generators[0].Iter);
                return;
            case SetComp c:
                CheckUnevaluatedAnnotation(c.Generators[0].Iter);
                return;
            case DictComp c:
                CheckUnevaluatedAnnotation(c.Generators[0].Iter);
                return;
            case GeneratorExp c:
                CheckUnevaluatedAnnotation(c.Generators[0].Iter);
                return;
        }
        var children = new ChildNodes();
        node.DumpFields(children);
        foreach (var child in children.Found) CheckUnevaluatedAnnotation(child);
    }

    /// <summary>Collects the direct child nodes of a node through its field walk.</summary>
    private sealed class ChildNodes : IAstFieldVisitor
    {
        public List<Node> Found { get; } = new();

        public void Child(string name, Node? value, bool optional)
        {
            if (value is not null) Found.Add(value);
        }

        public void NodeList<T>(string name, T[] values) where T : Node
        {
            foreach (var value in values)
                if (value is not null) Found.Add(value);
        }

        public void StringList(string name, string[] values) { }
        public void EnumList<T>(string name, T[] values) where T : struct, Enum { }
        public void Enum<T>(string name, T value) where T : struct, Enum { }
        public void Str(string name, string? value, bool optional) { }
        public void Int(string name, int value) { }
        public void OptInt(string name, int? value) { }
        public void Constant(string name, object? value) { }
        public void Position(PositionedNode node) { }
    }
}
