using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_warnings</c> module as far as importlib needs it: <c>warn</c> and <c>warn_explicit</c>
/// forward to the pure-Python <c>warnings</c> module, which (finding no native filter list here)
/// keeps the filters, registries and formatting itself.
/// </summary>
internal static class WarningsModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_warnings");
        foreach (var name in new[] { "warn", "warn_explicit" })
        {
            string target = name;
            module.Dict.SetStr(name, new PyBuiltinFunction(name, (args, kw) =>
            {
                var warnings = Importer.ImportModule("warnings", ThreadState.Current);
                var function = PyOps.GetAttr(warnings, PyStr.From(target));
                // stacklevel counts frames from the caller of warn(); this native adds none.
                return PyOps.Call(function, args, kw);
            }));
        }
        return module;
    }
}
