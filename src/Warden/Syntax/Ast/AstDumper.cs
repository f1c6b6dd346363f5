using System.Text;
using Warden.Objects;

namespace Warden.Syntax.Ast;

/// <summary>
/// Renders a tree exactly as CPython 3.11's <c>ast.dump(node, include_attributes=True)</c>
/// does (no indentation): every field as <c>name=value</c>, optional fields that are
/// <c>None</c> left out, then the position attributes.
/// </summary>
public sealed class AstDumper : IAstFieldVisitor
{
    private readonly StringBuilder _out;
    private bool _needComma;

    private AstDumper(StringBuilder output) => _out = output;

    /// <summary>Returns the dump of <paramref name="node"/>.</summary>
    public static string Dump(Node node)
    {
        var sb = new StringBuilder();
        DumpTo(node, sb);
        return sb.ToString();
    }

    /// <summary>Appends the dump of <paramref name="node"/> to <paramref name="output"/>.</summary>
    public static void DumpTo(Node node, StringBuilder output) => new AstDumper(output).Write(node);

    private void Write(Node node)
    {
        _out.Append(node.PythonName).Append('(');
        bool saved = _needComma;
        _needComma = false;
        node.DumpFields(this);
        node.DumpAttributes(this);
        _needComma = saved;
        _out.Append(')');
    }

    private void Key(string name)
    {
        if (_needComma) _out.Append(", ");
        _needComma = true;
        _out.Append(name).Append('=');
    }

    public void Child(string name, Node? value, bool optional)
    {
        if (value is null)
        {
            if (optional) return;
            Key(name);
            _out.Append("None");
            return;
        }
        Key(name);
        Write(value);
    }

    public void NodeList<T>(string name, T[] values) where T : Node
    {
        Key(name);
        _out.Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _out.Append(", ");
            // Dict keys and kw_defaults hold None for '**' entries and missing defaults.
            if (values[i] is null) _out.Append("None");
            else Write(values[i]);
        }
        _out.Append(']');
    }

    public void StringList(string name, string[] values)
    {
        Key(name);
        _out.Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _out.Append(", ");
            PyRepr.AppendStr(_out, values[i]);
        }
        _out.Append(']');
    }

    public void EnumList<T>(string name, T[] values) where T : struct, Enum
    {
        Key(name);
        _out.Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) _out.Append(", ");
            _out.Append(values[i].ToString()).Append("()");
        }
        _out.Append(']');
    }

    public void Enum<T>(string name, T value) where T : struct, Enum
    {
        Key(name);
        _out.Append(value.ToString()).Append("()");
    }

    public void Str(string name, string? value, bool optional)
    {
        if (value is null)
        {
            if (optional) return;
            Key(name);
            _out.Append("None");
            return;
        }
        Key(name);
        PyRepr.AppendStr(_out, value);
    }

    public void Int(string name, int value)
    {
        Key(name);
        _out.Append(value);
    }

    public void OptInt(string name, int? value)
    {
        if (value is null) return;
        Int(name, value.Value);
    }

    public void Constant(string name, object? value)
    {
        Key(name);
        PyRepr.AppendConstant(_out, value);
    }

    public void Position(PositionedNode node)
    {
        Int("lineno", node.Lineno);
        Int("col_offset", node.ColOffset);
        Int("end_lineno", node.EndLineno);
        Int("end_col_offset", node.EndColOffset);
    }
}
