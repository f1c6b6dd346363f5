using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// <c>repr(module)</c> by CPython 3.11's rules (importlib's <c>_module_repr</c>): from the module's
/// spec when it has one (<c>from 'origin'</c> for a location, <c>(origin)</c> otherwise, such as
/// <c>(built-in)</c>), else from its loader's <c>module_repr</c>, its <c>__file__</c> or its loader.
/// </summary>
internal static class ModuleRepr
{
    public static string Of(PyModule module)
    {
        PyOps.TryGetAttr(module, PyStr.From("__loader__"), out var loader);
        if (PyOps.TryGetAttr(module, PyStr.From("__spec__"), out var spec) && spec is not PyNone && PyOps.IsTrue(spec))
            return FromSpec(spec);
        if (loader is not null && loader is not PyNone && PyOps.TryGetAttr(loader, PyStr.From("module_repr"), out var moduleRepr))
        {
            try
            {
                if (PyOps.Call(moduleRepr, [module], null) is PyStr text) return text.Value;
            }
            catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.Exception))
            {
                // As CPython: a failing module_repr falls back to the plain forms below.
            }
        }
        string name = PyOps.TryGetAttr(module, PyStr.From("__name__"), out var n) ? PyOps.Repr(n) : "'?'";
        if (PyOps.TryGetAttr(module, PyStr.From("__file__"), out var file))
            return $"<module {name} from {PyOps.Repr(file)}>";
        return loader is null || loader is PyNone ? $"<module {name}>" : $"<module {name} ({PyOps.Repr(loader)})>";
    }

    private static string FromSpec(PyObject spec)
    {
        var specName = PyOps.GetAttr(spec, PyStr.From("name"));
        string name = specName is PyNone ? "'?'" : PyOps.Repr(specName);
        var origin = PyOps.GetAttr(spec, PyStr.From("origin"));
        if (origin is PyNone)
        {
            var loader = PyOps.GetAttr(spec, PyStr.From("loader"));
            return loader is PyNone ? $"<module {name}>" : $"<module {name} ({PyOps.Repr(loader)})>";
        }
        if (PyOps.IsTrue(PyOps.GetAttr(spec, PyStr.From("has_location"))))
            return $"<module {name} from {PyOps.Repr(origin)}>";
        return $"<module {PyOps.Repr(specName)} ({PyOps.Str(origin)})>";
    }
}
