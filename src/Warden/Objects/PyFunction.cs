namespace Warden.Objects;

/// <summary>A function defined in Python (<c>def</c>, <c>lambda</c>, comprehension bodies).</summary>
public sealed class PyFunction : PyObject
{
    /// <summary>The function's code; <c>__code__</c> assignment replaces it (same free variables).</summary>
    public CodeObject Code { get; internal set; }
    public PyDict Globals { get; }
    /// <summary>The builtins namespace used by this function's globals (one choke point for restricted mode).</summary>
    public PyDict Builtins { get; }
    public string Name { get; set; }
    public string QualName { get; set; }
    /// <summary>Defaults for the last positional parameters, or null.</summary>
    public PyObject[]? Defaults { get; set; }
    public PyDict? KwDefaults { get; set; }
    public PyCell[]? Closure { get; }
    public PyObject Doc { get; set; } = PyNone.Instance;
    public PyObject Module { get; set; } = PyNone.Instance;
    public PyDict? Annotations { get; set; }
    private PyDict? _dict;

    public PyFunction(CodeObject code, PyDict globals, PyDict builtins, string qualName, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = qualName;
        Closure = closure;
        if (globals.TryGetStr("__name__", out var module)) Module = module;
    }

    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyType Type => TypeObjects.Function;
}
