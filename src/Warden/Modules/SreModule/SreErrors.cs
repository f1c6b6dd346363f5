using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// Runs engine operations under a step budget and turns the engine's .NET exceptions into the
/// Python exceptions CPython raises (re.error comes from the loaded <c>re._constants</c>).
/// </summary>
internal static class SreErrors
{
    /// <summary>
    /// Steps one match attempt may take before it is abandoned with TimeoutError. CPython has no
    /// limit; this one only stops pathological backtracking (legitimate matches use far fewer).
    /// </summary>
    public static long StepBudget { get; set; } = 200_000_000;

    /// <summary>A fresh budget for one call into the engine.</summary>
    public static RegexBudget NewBudget() => new(StepBudget);

    /// <summary>The Python exception for an engine exception, or null for anything else.</summary>
    public static PythonException? Translate(System.Exception e) => e switch
    {
        RegexTimeoutException t => PyExc.Create(TypeObjects.ExceptionByName("TimeoutError"), t.Message),
        RegexRecursionError r => PyExc.RecursionError(r.Message),
        RegexOverflowError o => PyExc.OverflowError(o.Message),
        RegexValueError v => PyExc.ValueError(v.Message),
        RegexIndexError i => PyExc.IndexError(i.Message),
        RegexError r => ReError(r),
        _ => null,
    };

    private static PythonException ReError(RegexError error)
    {
        var constants = Importer.ImportModule("re._constants", ThreadState.Current);
        var errorType = PyOps.GetAttr(constants, PyStr.From("error"));
        PyObject pos = error.Pos is int p ? PyInt.FromLong(p) : PyNone.Instance;
        var exception = PyOps.Call(errorType, [PyStr.From(error.Msg), PyNone.Instance, pos], null);
        return new PythonException((PyBaseException)exception);
    }

    /// <summary>Runs <paramref name="operation"/>, translating engine exceptions.</summary>
    public static T Run<T>(System.Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (System.Exception e) when (e is not PythonException && Translate(e) is { } translated)
        {
            throw translated;
        }
    }
}
