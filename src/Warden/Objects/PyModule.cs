namespace Warden.Objects;

/// <summary>A module object: a name and a globals dict.</summary>
public sealed class PyModule : PyObject
{
    public PyDict Dict { get; }
    public string Name { get; }

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        if (!Dict.TryGetStr("__name__", out _)) Dict.SetStr("__name__", PyStr.From(name));
    }

    public override PyDict? InstanceDict => Dict;
    public override PyType Type => TypeObjects.Module;
}
