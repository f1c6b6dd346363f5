namespace Warden.Syntax.Ast;

/// <summary>
/// Receives a node's fields in CPython's <c>_fields</c> order, each with its Python name and
/// ASDL shape. The generated nodes describe themselves through it once, so the dumper and the
/// converter to Python <c>_ast</c> objects share one field walk instead of two per-class copies.
/// </summary>
public interface IAstFieldVisitor
{
    /// <summary>A single child node (<c>expr</c>, <c>expr?</c>, <c>arguments</c>, ...).</summary>
    void Child(string name, Node? value, bool optional);

    /// <summary>A sequence of nodes; entries may be null (dict keys for <c>**</c>, missing kw_defaults).</summary>
    void NodeList<T>(string name, T[] values) where T : Node;

    /// <summary>A sequence of identifiers.</summary>
    void StringList(string name, string[] values);

    /// <summary>A sequence of operator-like singletons (<c>cmpop*</c>).</summary>
    void EnumList<T>(string name, T[] values) where T : struct, System.Enum;

    /// <summary>An operator-like singleton (<c>operator</c>, <c>expr_context</c>, ...).</summary>
    void Enum<T>(string name, T value) where T : struct, System.Enum;

    /// <summary>An identifier or string, possibly optional.</summary>
    void Str(string name, string? value, bool optional);

    /// <summary>An <c>int</c> field.</summary>
    void Int(string name, int value);

    /// <summary>An <c>int?</c> field.</summary>
    void OptInt(string name, int? value);

    /// <summary>A <c>constant</c> field holding one of the parser's .NET constant values.</summary>
    void Constant(string name, object? value);

    /// <summary>The position attributes of a node that has them.</summary>
    void Position(PositionedNode node);
}
