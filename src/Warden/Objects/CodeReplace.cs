using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// <c>code.replace(**changes)</c> and assignment to <c>function.__code__</c>: what
/// <c>types.coroutine</c> needs to mark a generator function awaitable (CO_ITERABLE_COROUTINE),
/// and what decorators use to rename code. Warden's bytecode is its own, so the fields that
/// describe instructions (co_code, co_linetable, ...) cannot be replaced.
/// </summary>
internal static class CodeReplace
{
    private static readonly HashSet<string> s_instructionFields =
    [
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
        "co_code", "co_varnames", "co_freevars", "co_cellvars", "co_linetable", "co_exceptiontable",
    ];

    /// <summary>CPython's NOFREE bit, which the co_flags getter derives; it is not stored.</summary>
    private const int NoFreeFlag = 0x40;

    internal static void Install()
    {
        TypeObjects.Code.AddMethod("replace", (args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) != 1)
                throw PyExc.TypeError($"replace() takes no positional arguments");
            return Replace((CodeObject)args[0], args, kw);
        });
        TypeObjects.Function.AddGetter("__code__", self => ((PyFunction)self).Code, (self, value) =>
        {
            var function = (PyFunction)self;
            if (value is not CodeObject code)
                throw PyExc.TypeError("__code__ must be set to a code object");
            int free = code.FreeVars.Length, closure = function.Closure?.Length ?? 0;
            if (free != closure)
                throw PyExc.ValueError($"{function.Name}() requires a code object with {closure} free vars, not {free}");
            function.Code = code;
        });
    }

    private static CodeObject Replace(CodeObject code, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var flags = code.Flags;
        string name = code.Name, qualName = code.QualName, filename = code.Filename;
        int firstLine = code.FirstLineNumber;
        var constants = code.Constants;
        var names = code.Names;
        int first = args.Length - (kwnames?.Length ?? 0);
        for (int i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            string key = ((PyStr)kwnames!.Items[i]).Value;
            var value = args[first + i];
            switch (key)
            {
                case "co_flags": flags = (CodeFlags)(Index(value, key) & ~NoFreeFlag); break;
                case "co_name": name = Text(value, key); break;
                case "co_qualname": qualName = Text(value, key); break;
                case "co_filename": filename = Text(value, key); break;
                case "co_firstlineno": firstLine = (int)Index(value, key); break;
                case "co_consts":
                    constants = SameLength(value, constants.Length, key).Items.AsSpan(0, constants.Length).ToArray();
                    break;
                case "co_names":
                    names = SameLength(value, names.Length, key).Items.Take(names.Length).Select(n => Text(n, key)).ToArray();
                    break;
                default:
                    if (s_instructionFields.Contains(key))
                        throw PyExc.ValueError($"replace(): Warden cannot change {key} (its bytecode is not CPython's)");
                    throw PyExc.TypeError($"replace() got an unexpected keyword argument '{key}'");
            }
        }
        return new CodeObject
        {
            Name = name,
            QualName = qualName,
            Filename = filename,
            FirstLineNumber = firstLine,
            ArgCount = code.ArgCount,
            PosOnlyArgCount = code.PosOnlyArgCount,
            KwOnlyArgCount = code.KwOnlyArgCount,
            Flags = flags,
            VarNames = code.VarNames,
            CellVars = code.CellVars,
            FreeVars = code.FreeVars,
            CellParameterIndex = code.CellParameterIndex,
            Instructions = code.Instructions,
            Constants = constants,
            Names = names,
            // Inline caches hold per-code state: the copy starts with its own.
            Caches = new object?[code.Caches.Length],
            ExceptionTable = code.ExceptionTable,
            Positions = code.Positions,
            StackSize = code.StackSize,
            Doc = code.Doc,
        };
    }

    private static long Index(PyObject value, string key)
        => value is PyInt i && !i.IsBool ? PyOps.AsIndex(i) : throw PyExc.TypeError($"replace() argument '{key}' must be int, not {value.Type.Name}");

    private static string Text(PyObject value, string key)
        => value is PyStr s ? s.Value : throw PyExc.TypeError($"replace() argument '{key}' must be str, not {value.Type.Name}");

    private static PyTuple SameLength(PyObject value, int length, string key)
    {
        if (value is not PyTuple tuple) throw PyExc.TypeError($"replace() argument '{key}' must be tuple, not {value.Type.Name}");
        if (tuple.Length != length)
            throw PyExc.ValueError($"replace(): Warden cannot change the length of {key} (its bytecode is not CPython's)");
        return tuple;
    }
}
