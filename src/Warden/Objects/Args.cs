using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Argument checking for natives, with CPython's messages.</summary>
internal static class Args
{
    /// <summary>
    /// Checks a positional-only native: <paramref name="args"/> minus <paramref name="skip"/> (self) must
    /// number min..max. The messages follow CPython's calling conventions: a method taking no
    /// argument or exactly one (METH_NOARGS/METH_O) names its type (<c>str.join()</c>), other
    /// positional-only natives say "name expected at most N arguments, got M".
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Check(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max, int skip = 0)
    {
        int n = args.Length - skip;
        if (n >= min && n <= max && (kwnames is null || kwnames.Length == 0)) return;
        ThrowArity(args, kwnames, name, min, max, skip);
    }

    // Out of line so that the check above inlines into every native that calls it.
    private static void ThrowArity(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max, int skip)
    {
        int n = args.Length - skip;
        bool singleShape = min == max && min <= 1;
        string shown = singleShape && skip == 1 && args.Length > 0 ? QualifiedMethodName(args[0], name) : name;
        if (kwnames is not null && kwnames.Length > 0) throw PyExc.TypeError($"{shown}() takes no keyword arguments");
        if (min == max)
        {
            if (min == 0) throw PyExc.TypeError($"{shown}() takes no arguments ({n} given)");
            if (min == 1) throw PyExc.TypeError($"{shown}() takes exactly one argument ({n} given)");
            throw PyExc.TypeError($"{name} expected {min} arguments, got {n}");
        }
        if (n < min) throw PyExc.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw PyExc.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Checks a native in the older tuple-parsing convention (str.find, str.count, str.startswith, ...),
    /// whose messages read "name() takes at least N argument (M given)".
    /// </summary>
    public static void CheckTupleStyle(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max, int skip = 0)
    {
        if (kwnames is not null && kwnames.Length > 0) throw PyExc.TypeError($"{name}() takes no keyword arguments");
        int n = args.Length - skip;
        if (n >= min && n <= max) return;
        string bound = min == max ? "exactly" : n < min ? "at least" : "at most";
        int count = n < min ? min : max;
        throw PyExc.TypeError($"{name}() takes {bound} {count} argument{(count == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary><c>type.name</c> for a method called on <paramref name="self"/> (a class for class methods).</summary>
    private static string QualifiedMethodName(PyObject self, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var owner = self is PyType t ? t : PyOps.Unwrap(self).Type;
        return owner.Name + "." + name;
    }

    /// <summary>
    /// Binds positional and keyword arguments to <paramref name="names"/>; missing optional ones are null.
    /// Positions before <paramref name="positionalOnly"/> cannot be passed by keyword; parameters after
    /// <paramref name="maxPositional"/> are keyword-only. Messages are those of CPython's Argument Clinic.
    /// </summary>
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int required, int positionalOnly = 0, int maxPositional = -1)
    {
        if (maxPositional < 0) maxPositional = names.Length;
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos + nkw > names.Length)
        {
            throw PyExc.TypeError($"{name}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}argument{(names.Length == 1 ? "" : "s")} ({npos + nkw} given)");
        }
        if (npos > maxPositional)
        {
            throw PyExc.TypeError(maxPositional == 0 ? $"{name}() takes no positional arguments"
                : $"{name}() takes {(required < maxPositional ? "at most" : "exactly")} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        int requiredPositionalOnly = Math.Min(required, positionalOnly);
        if (npos < requiredPositionalOnly)
        {
            throw PyExc.TypeError($"{name}() takes {(requiredPositionalOnly < maxPositional ? "at least" : "exactly")} {requiredPositionalOnly} positional argument{(requiredPositionalOnly == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(names, key);
            if (index < 0)
                throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {name}()");
            if (index < positionalOnly)
                throw PyExc.TypeError($"{name}() got an unexpected keyword argument '{key}'");
            if (result[index] is not null)
                throw PyExc.TypeError($"argument for {name}() given by name ('{key}') and position ({index + 1})");
            result[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] is null) throw PyExc.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        return result;
    }

    public static T Self<T>(ReadOnlySpan<PyObject> args) where T : PyObject => (T)PyOps.Unwrap(args[0]);

    public static PyObject NotImplemented => PyNotImplemented.Instance;
}
