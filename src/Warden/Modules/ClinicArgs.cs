using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules;

/// <summary>
/// Argument binding for natives whose CPython counterparts use Argument Clinic, with its messages
/// ("missing required argument 'x' (pos 1)", "takes at most N arguments (M given)", ...).
/// </summary>
internal static class ClinicArgs
{
    /// <summary>
    /// Binds <paramref name="args"/> (self excluded) to <paramref name="names"/>; the first
    /// <paramref name="required"/> must be present, the others are null when absent.
    /// </summary>
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string[] names, int required)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > names.Length)
        {
            throw PyExc.TypeError(required == names.Length
                ? $"{name}() takes exactly {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)"
                : $"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        }
        var result = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = ((PyStr)kwnames!.Items[k]).Value;
            int index = Array.IndexOf(names, key);
            if (index < 0) throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {name}()");
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
}
