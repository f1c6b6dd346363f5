using Warden.Objects;
using Warden.Runtime;
using Warden.Syntax.Ast;

namespace Warden.Modules;

/// <summary>
/// Turns the parser's C# syntax tree into instances of the <c>_ast</c> classes, as
/// <c>compile(source, filename, mode, PyCF_ONLY_AST)</c> returns them: every field set on the
/// instance (absent optional ones as None), then the position attributes.
/// </summary>
internal sealed class AstToPython : IAstFieldVisitor
{
    // Operators and contexts are field-less, so one instance per class serves the whole tree,
    // as CPython's shared Load()/Add() singletons do.
    private readonly Dictionary<string, PyObject> _singletons = new();
    private PyObject _target = PyNone.Instance;

    private AstToPython() { }

    /// <summary>Returns the <c>_ast</c> object for <paramref name="root"/> and everything below it.</summary>
    public static PyObject Convert(Node root) => new AstToPython().Build(root);

    private PyObject Build(Node node)
    {
        var result = new PyInstance(AstModule.NodeType(node.PythonName));
        var saved = _target;
        _target = result;
        node.DumpFields(this);
        node.DumpAttributes(this);
        _target = saved;
        return result;
    }

    private void Set(string name, PyObject value) => PyOps.SetAttr(_target, PyStr.From(name), value);

    private static PyList ListOf(PyObject[] items) => new(items, items.Length);

    private PyObject Singleton(string name)
    {
        if (!_singletons.TryGetValue(name, out var instance))
            _singletons[name] = instance = new PyInstance(AstModule.NodeType(name));
        return instance;
    }

    public void Child(string name, Node? value, bool optional)
        => Set(name, value is null ? PyNone.Instance : Build(value));

    public void NodeList<T>(string name, T[] values) where T : Node
    {
        var items = new PyObject[values.Length];
        for (int i = 0; i < values.Length; i++)
            items[i] = values[i] is null ? PyNone.Instance : Build(values[i]);
        Set(name, ListOf(items));
    }

    public void StringList(string name, string[] values)
        => Set(name, ListOf(values.Select(v => (PyObject)PyStr.From(v)).ToArray()));

    public void EnumList<T>(string name, T[] values) where T : struct, Enum
        => Set(name, ListOf(values.Select(v => Singleton(v.ToString())).ToArray()));

    public void Enum<T>(string name, T value) where T : struct, Enum
        => Set(name, Singleton(value.ToString()));

    public void Str(string name, string? value, bool optional)
        => Set(name, value is null ? PyNone.Instance : PyStr.From(value));

    public void Int(string name, int value) => Set(name, PyInt.FromLong(value));

    public void OptInt(string name, int? value)
        => Set(name, value is null ? PyNone.Instance : PyInt.FromLong(value.Value));

    public void Constant(string name, object? value) => Set(name, ConstantValue(value));

    public void Position(PositionedNode node)
    {
        Int("lineno", node.Lineno);
        Int("col_offset", node.ColOffset);
        Int("end_lineno", node.EndLineno);
        Int("end_col_offset", node.EndColOffset);
    }

    private static PyObject ConstantValue(object? value)
        => Compiler.ConstantObjects.ToPython(value)
           ?? throw PyExc.Create(TypeObjects.ExceptionByName("SystemError"), $"unexpected constant of type {value!.GetType().Name} in the syntax tree");
}
