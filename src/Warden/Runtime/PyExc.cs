using Warden.Objects;

namespace Warden.Runtime;

/// <summary>Factories for the exceptions natives raise: <c>throw PyExc.TypeError("...")</c>.</summary>
public static class PyExc
{
    public static PythonException Create(PyType type, string message)
        => new(new PyBaseException(type, PyStr.From(message)));

    public static PythonException TypeError(string message) => Create(TypeObjects.TypeError, message);
    public static PythonException ValueError(string message) => Create(TypeObjects.ValueError, message);
    public static PythonException IndexError(string message) => Create(TypeObjects.IndexError, message);
    public static PythonException AttributeError(string message) => Create(TypeObjects.AttributeError, message);
    public static PythonException NameError(string message) => Create(TypeObjects.NameError, message);
    public static PythonException UnboundLocalError(string message) => Create(TypeObjects.UnboundLocalError, message);
    public static PythonException ZeroDivisionError(string message) => Create(TypeObjects.ZeroDivisionError, message);
    public static PythonException OverflowError(string message) => Create(TypeObjects.OverflowError, message);
    public static PythonException RuntimeError(string message) => Create(TypeObjects.RuntimeError, message);
    public static PythonException RecursionError(string message) => Create(TypeObjects.RecursionError, message);
    public static PythonException NotImplementedError(string message) => Create(TypeObjects.NotImplementedError, message);
    public static PythonException ModuleNotFoundError(string message) => Create(TypeObjects.ModuleNotFoundError, message);

    public static PythonException ImportError(string message, string? moduleName)
    {
        var e = Create(TypeObjects.ImportError, message);
        if (moduleName is not null) e.Exception.Dict.SetStr("name", PyStr.From(moduleName));
        return e;
    }

    /// <summary>MemoryError; CPython raises it without arguments for failed allocations.</summary>
    public static PythonException MemoryError(string message)
        => message.Length == 0 ? new(new PyBaseException(TypeObjects.MemoryError)) : Create(TypeObjects.MemoryError, message);

    public static PythonException KeyError(PyObject key) => new(new PyBaseException(TypeObjects.KeyError, key));

    public static PythonException StopIteration(PyObject? value)
        => new(value is null ? new PyBaseException(TypeObjects.StopIteration) : new PyBaseException(TypeObjects.StopIteration, value));

    /// <summary>The type name used in messages (<c>'int' object ...</c>).</summary>
    public static string TypeName(PyObject o) => o.Type.Name;
}
