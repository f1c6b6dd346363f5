using System.Numerics;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Datetime;

/// <summary>
/// Argument binding with the messages of CPython's <c>PyArg_ParseTupleAndKeywords</c>, which the
/// C datetime module uses (an unnamed parser says "function ...", a named one "name() ..."),
/// and the conversions of its <c>i</c> format unit.
/// </summary>
internal static class DatetimeArgs
{
    /// <summary>
    /// Binds positional and keyword arguments to <paramref name="names"/>; the first
    /// <paramref name="required"/> must be given; parameters from <paramref name="maxPositional"/>
    /// on are keyword-only. Absent optional values are null. The first <paramref name="intParameters"/>
    /// are checked as C ints while binding, and each bound value is passed to <paramref name="validate"/>,
    /// so a bad value is reported before a later missing one, as CPython's converters do.
    /// </summary>
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string? name, string[] names, int required, int maxPositional = -1, int intParameters = 0, Action<int, PyObject>? validate = null)
    {
        if (maxPositional < 0) maxPositional = names.Length;
        string function = name is null ? "function" : name + "()";
        string thisFunction = name is null ? "this function" : name + "()";
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > names.Length)
            throw PyExc.TypeError($"{function} takes at most {names.Length} {(npos == 0 ? "keyword " : "")}argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        if (npos > maxPositional)
            throw PyExc.TypeError($"{function} takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        // The order of CPython's checks: each parameter in turn (given twice, or missing), then unknown keywords.
        var result = new PyObject?[names.Length];
        var keywordValues = new Dictionary<string, PyObject>();
        for (int k = 0; k < nkw; k++) keywordValues[((PyStr)kwnames!.Items[k]).Value] = args[npos + k];
        for (int i = 0; i < names.Length; i++)
        {
            bool byName = keywordValues.Remove(names[i], out var named);
            if (i < npos)
            {
                if (byName) throw PyExc.TypeError($"argument for {function} given by name ('{names[i]}') and position ({i + 1})");
                result[i] = args[i];
            }
            else if (byName)
            {
                result[i] = named;
            }
            else if (i < required)
            {
                throw PyExc.TypeError($"{function} missing required argument '{names[i]}' (pos {i + 1})");
            }
            if (result[i] is { } value)
            {
                if (i < intParameters) ToInt(value);
                validate?.Invoke(i, value);
            }
        }
        foreach (var key in keywordValues.Keys)
            throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {thisFunction}");
        return result;
    }

    /// <summary>
    /// A method taking no arguments (METH_NOARGS): CPython names it by the receiver's type,
    /// <c>date.__reduce__()</c> (or a subclass's name).
    /// </summary>
    public static void NoArguments(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        int nkw = kwnames?.Length ?? 0;
        if (args.Length == 1 && nkw == 0) return;
        string qualified = $"{args[0].Type.Name}.{name}()";
        if (nkw > 0) throw PyExc.TypeError($"{qualified} takes no keyword arguments");
        throw PyExc.TypeError($"{qualified} takes no arguments ({args.Length - 1} given)");
    }

    /// <summary>The <c>i</c> format unit: any object with <c>__index__</c>, converted to a C int.</summary>
    public static int ToInt(PyObject value)
    {
        var index = PyOps.Index(value);
        BigInteger big = index.Big;
        if (big > long.MaxValue || big < long.MinValue) throw PyExc.OverflowError("Python int too large to convert to C long");
        if (big > int.MaxValue) throw PyExc.OverflowError("signed integer is greater than maximum");
        if (big < int.MinValue) throw PyExc.OverflowError("signed integer is less than minimum");
        return (int)big;
    }

    public static int ToInt(PyObject? value, int absent) => value is null ? absent : ToInt(value);

    /// <summary>An argument that must be a str (Argument Clinic's "argument N must be str" message).</summary>
    public static string ToStr(PyObject value, string function, int position)
        => PyOps.Unwrap(value) is PyStr s ? s.Value
            : throw PyExc.TypeError($"{function}() argument {position} must be str, not {value.Type.Name}");

    /// <summary>Checks a <c>tzinfo</c> argument: None or an instance of a tzinfo subclass.</summary>
    public static PyObject CheckTzInfo(PyObject? value)
    {
        if (value is null || value is PyNone) return PyNone.Instance;
        if (value is PyTzInfo) return value;
        throw PyExc.TypeError($"tzinfo argument must be None or of a tzinfo subclass, not type '{value.Type.Name}'");
    }

    public static int CheckFold(PyObject? value)
    {
        int fold = ToInt(value, 0);
        if (fold != 0 && fold != 1) throw PyExc.ValueError("fold must be either 0 or 1");
        return fold;
    }
}
