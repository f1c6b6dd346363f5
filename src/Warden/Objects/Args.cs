using Warden.Runtime;

namespace Warden.Objects;

/// <summary>Argument checking for natives, with CPython's messages.</summary>
internal static class Args
{
    /// <summary>Checks a positional-only native: <paramref name="args"/> minus <paramref name="skip"/> (self) must number min..max.</summary>
    public static void Check(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, int min, int max, int skip = 0)
    {
        if (kwnames is not null && kwnames.Length > 0) throw PyExc.TypeError($"{name}() takes no keyword arguments");
        int n = args.Length - skip;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw PyExc.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == 1) throw PyExc.TypeError($"{name}() takes exactly one argument ({n} given)");
            throw PyExc.TypeError($"{name} expected {min} arguments, got {n}");
        }
        if (n < min) throw PyExc.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw PyExc.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Binds positional and keyword arguments to <paramref name="names"/>; missing optional ones are null.
    /// Positions before <paramref name="positionalOnly"/> cannot be passed by keyword.
    /// </summary>
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int required, int positionalOnly = 0, int maxPositional = -1)
    {
        if (maxPositional < 0) maxPositional = names.Length;
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > maxPositional)
        {
            throw PyExc.TypeError(maxPositional == 0 ? $"{name}() takes no positional arguments"
                : $"{name}() takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(names, key);
            if (index < positionalOnly)
                throw PyExc.TypeError($"{name}() got an unexpected keyword argument '{key}'");
            if (result[index] is not null)
                throw PyExc.TypeError($"argument for {name}() given by name ('{key}') and position ({index + 1})");
            result[index] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] is null)
            {
                if (i < positionalOnly || npos < required && nkw == 0)
                    throw PyExc.TypeError($"{name}() takes {(required == names.Length ? "exactly" : "at least")} {required} argument{(required == 1 ? "" : "s")} ({npos} given)");
                throw PyExc.TypeError($"{name}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return result;
    }

    public static T Self<T>(ReadOnlySpan<PyObject> args) where T : PyObject => (T)PyOps.Unwrap(args[0]);

    public static PyObject NotImplemented => PyNotImplemented.Instance;
}
