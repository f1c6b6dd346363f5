using System.Runtime.CompilerServices;
using Warden.Objects;

namespace Warden.Runtime;

/// <summary>Binds call arguments to a Python function's parameters, with CPython's error messages.</summary>
internal static class ArgumentBinder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Bind(PyFunction fn, Frame frame, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        if (kwnames is null && args.Length == code.ArgCount && (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0)
        {
            var slots = frame.Slots;
            for (int i = 0; i < args.Length; i++) slots[i].Value = args[i];
        }
        else BindGeneral(fn, frame, args, kwnames);
        if (code.CellVars.Length > 0) frame.InitialiseCellParameters();
    }

    private static void BindGeneral(PyFunction fn, Frame frame, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        var slots = frame.Slots;
        int argCount = code.ArgCount;
        int kwOnly = code.KwOnlyArgCount;
        int total = argCount + kwOnly;
        bool hasVarArgs = (code.Flags & CodeFlags.VarArgs) != 0;
        bool hasVarKw = (code.Flags & CodeFlags.VarKeywords) != 0;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;

        int n = Math.Min(npos, argCount);
        for (int i = 0; i < n; i++) slots[i].Value = args[i];
        if (hasVarArgs)
            slots[total].Value = npos > argCount ? PyTuple.FromSpan(args[argCount..npos]) : PyTuple.Empty;
        else if (npos > argCount)
            throw TooManyPositional(fn, npos, args, kwnames);

        PyDict? kwDict = null;
        if (hasVarKw)
        {
            kwDict = new PyDict();
            slots[total + (hasVarArgs ? 1 : 0)].Value = kwDict;
        }
        List<string>? posOnlyAsKeyword = null;
        for (int k = 0; k < nkw; k++)
        {
            var name = (PyStr)kwnames!.Items[k];
            var value = args[npos + k];
            int index = -1;
            for (int j = code.PosOnlyArgCount; j < total; j++)
            {
                if (code.VarNames[j] == name.Value) { index = j; break; }
            }
            if (index >= 0)
            {
                if (slots[index].Value is not null)
                    throw PyExc.TypeError($"{fn.QualName}() got multiple values for argument '{name.Value}'");
                slots[index].Value = value;
                continue;
            }
            if (kwDict is not null)
            {
                kwDict.SetStr(name, value);
                continue;
            }
            bool isPosOnly = false;
            for (int j = 0; j < code.PosOnlyArgCount; j++) if (code.VarNames[j] == name.Value) isPosOnly = true;
            if (isPosOnly)
            {
                (posOnlyAsKeyword ??= new()).Add(name.Value);
                continue;
            }
            throw PyExc.TypeError($"{fn.QualName}() got an unexpected keyword argument '{name.Value}'");
        }
        if (posOnlyAsKeyword is not null)
            throw PyExc.TypeError($"{fn.QualName}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKeyword)}'");

        var defaults = fn.Defaults;
        int defaultStart = argCount - (defaults?.Length ?? 0);
        List<string>? missing = null;
        for (int i = npos; i < argCount; i++)
        {
            if (slots[i].Value is not null) continue;
            if (i >= defaultStart) slots[i].Value = defaults![i - defaultStart];
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing is not null) throw Missing(fn, missing, "positional");
        for (int i = argCount; i < total; i++)
        {
            if (slots[i].Value is not null) continue;
            if (fn.KwDefaults is not null && fn.KwDefaults.TryGetStr(code.VarNames[i], out var d)) slots[i].Value = d;
            else (missing ??= new()).Add(code.VarNames[i]);
        }
        if (missing is not null) throw Missing(fn, missing, "keyword-only");
    }

    private static PythonException Missing(PyFunction fn, List<string> names, string kind)
    {
        string list = names.Count switch
        {
            1 => $"'{names[0]}'",
            2 => $"'{names[0]}' and '{names[1]}'",
            _ => string.Join(", ", names.Take(names.Count - 1).Select(x => $"'{x}'")) + $", and '{names[^1]}'",
        };
        string plural = names.Count == 1 ? "argument" : "arguments";
        return PyExc.TypeError($"{fn.QualName}() missing {names.Count} required {kind} {plural}: {list}");
    }

    private static PythonException TooManyPositional(PyFunction fn, int given, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = fn.Code;
        int argCount = code.ArgCount;
        int defaults = fn.Defaults?.Length ?? 0;
        string takes = defaults > 0
            ? $"from {argCount - defaults} to {argCount} positional arguments"
            : $"{argCount} positional argument{(argCount == 1 ? "" : "s")}";
        int kwOnlyGiven = 0;
        if (kwnames is not null)
        {
            foreach (PyStr k in kwnames.Items.Cast<PyStr>())
                for (int j = argCount; j < argCount + code.KwOnlyArgCount; j++)
                    if (code.VarNames[j] == k.Value) kwOnlyGiven++;
        }
        string was = given == 1 ? "was" : "were";
        if (kwOnlyGiven > 0)
        {
            return PyExc.TypeError($"{fn.QualName}() takes {takes} but {given} positional argument{(given == 1 ? "" : "s")} (and {kwOnlyGiven} keyword-only argument{(kwOnlyGiven == 1 ? "" : "s")}) were given");
        }
        return PyExc.TypeError($"{fn.QualName}() takes {takes} but {given} {was} given");
    }
}
