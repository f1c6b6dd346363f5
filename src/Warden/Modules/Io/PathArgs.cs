using System.Text;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary>Conversion of path arguments (str, bytes, os.PathLike) as CPython's <c>os.fspath</c> and path converters do.</summary>
internal static class PathArgs
{
    /// <summary><c>os.fspath(o)</c>: str and bytes unchanged, else the result of <c>__fspath__</c>.</summary>
    public static PyObject FsPath(PyObject o)
    {
        var v = PyOps.Unwrap(o);
        if (v is PyStr or PyBytes) return o;
        var method = o.Type.Lookup("__fspath__")
            ?? throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var result = PyOps.CallSpecial(method, o);
        if (PyOps.Unwrap(result) is not (PyStr or PyBytes))
            throw PyExc.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {result.Type.Name}");
        return result;
    }

    /// <summary>
    /// The host path for a path argument, or null when <paramref name="allowFd"/> and the argument is an
    /// integer (then <paramref name="fd"/> is set). <paramref name="function"/> names the caller in messages.
    /// </summary>
    public static string? ToPath(PyObject o, string function, bool allowFd, out int fd, string argument = "path")
    {
        fd = -1;
        var v = PyOps.Unwrap(o);
        if (allowFd && v is PyInt i && !i.IsBool)
        {
            fd = (int)PyOps.AsIndex(i);
            return null;
        }
        PyObject path;
        if (v is PyStr or PyBytes) path = v;
        else if (o.Type.Lookup("__fspath__") is not null) path = PyOps.Unwrap(FsPath(o));
        else
        {
            string kinds = allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
            throw PyExc.TypeError($"{function}: {argument} should be {kinds}, not {o.Type.Name}");
        }
        string text = path is PyStr s ? s.Value : Encoding.UTF8.GetString(((PyBytes)path).Value);
        if (text.Contains('\0')) throw PyExc.ValueError($"{function}: embedded null character in {argument}");
        return text;
    }
}
