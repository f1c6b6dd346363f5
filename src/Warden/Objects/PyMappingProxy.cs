namespace Warden.Objects;

/// <summary>
/// <c>mappingproxy</c>: a read-only view of a mapping. <c>type.__dict__</c> returns one over the
/// type's dict, so class attributes can change only through <c>setattr</c> on the class, which
/// keeps the type's version (and every cache keyed by it) correct.
/// </summary>
public sealed class PyMappingProxy : PyObject
{
    /// <summary>The mapping read through this view.</summary>
    internal readonly PyObject Mapping;

    public PyMappingProxy(PyObject mapping)
    {
        Mapping = mapping;
    }

    public override PyType Type => TypeObjects.MappingProxy;
}
