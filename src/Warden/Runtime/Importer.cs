using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// The import choke point. Every <c>import</c> statement goes through <see cref="Import"/>,
/// which restricted mode will consult. For now only modules built into the runtime (<c>sys</c>)
/// exist; everything else raises ModuleNotFoundError. Loading Python source modules comes with
/// the modules issue.
/// </summary>
public static class Importer
{
    /// <summary><c>import name</c> (absolute imports): the module object bound by the statement.</summary>
    public static PyObject Import(string name, PyObject fromList, long level, ThreadState ts)
    {
        if (level > 0) throw PyExc.ImportError("attempted relative import with no known parent package", null);
        var modules = ts.Modules;
        if (modules.TryGetStr(name, out var cached)) return cached;
        var module = name switch
        {
            "sys" => SysModule.Create(ts),
            _ => null,
        };
        if (module is null)
        {
            var error = PyExc.ModuleNotFoundError($"No module named '{name.Split('.')[0]}'");
            error.Exception.Dict.SetStr("name", PyStr.From(name.Split('.')[0]));
            throw error;
        }
        modules.SetStr(name, module);
        return module;
    }

    /// <summary><c>from module import name</c>.</summary>
    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        if (PyOps.TryGetAttr(module, name, out var value)) return value;
        string moduleName = module is PyModule m ? m.Name : "?";
        throw PyExc.ImportError($"cannot import name '{name.Value}' from '{moduleName}' (unknown location)", moduleName);
    }
}
