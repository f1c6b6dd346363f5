using Warden.Objects;

namespace Warden.Builtins;

/// <summary>
/// The order of CPython 3.11's builtins namespace (<c>list(builtins.__dict__)</c>), which Python
/// code can observe: iterating <c>vars(builtins)</c>, and the "Did you mean" hint of a NameError,
/// which offers the first of equally close builtin names.
/// </summary>
internal static class BuiltinsOrder
{
    /// <summary>CPython 3.11's <c>list(builtins.__dict__)</c> on Linux.</summary>
    private static readonly string[] s_names =
    [
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
        "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
        "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
        "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
        "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool",
        "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
        "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
        "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
        "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
        "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
        "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
        "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
        "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
        "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
        "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
        "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
        "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
        "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
        "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open",
        "quit", "exit", "copyright", "credits", "license", "help",
    ];

    /// <summary>
    /// A copy of <paramref name="builtins"/> with CPython's names first, in CPython's order; names
    /// CPython does not have (the runtime's own helpers) follow in the order they were added.
    /// </summary>
    public static PyDict Arrange(PyDict builtins)
    {
        var arranged = new PyDict(builtins.Count);
        foreach (var name in s_names)
            if (builtins.TryGetStr(name, out var value)) arranged.SetStr(name, value);
        foreach (var (key, value) in builtins.Items)
            if (key is not PyStr s || !arranged.TryGetStr(s.Value, out _)) arranged.SetItem(key, value);
        return arranged;
    }
}
