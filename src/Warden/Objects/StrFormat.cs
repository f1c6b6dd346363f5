using Warden.Builtins;
using System.Text;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// <c>str.format</c>: replacement fields with automatic or explicit numbering, names,
/// <c>.attr</c> and <c>[key]</c> lookups (through <see cref="PyOps.GetAttr"/>, the attribute
/// choke point), conversions and nested format specs.
/// </summary>
internal static class StrFormat
{
    public static string Format(string format, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        var positional = args[..(args.Length - nkw)].ToArray();
        var keywords = new PyDict();
        for (int i = 0; i < nkw; i++) keywords.SetItem(kwnames!.Items[i], args[positional.Length + i]);
        int auto = 0;
        return Render(format, positional, keywords, ref auto, 2);
    }

    public static string FormatMap(string format, PyObject mapping)
    {
        int auto = 0;
        return Render(format, [], mapping, ref auto, 2);
    }

    /// <summary>CPython's message for a replacement field that runs to the end of the format string.</summary>
    private static PythonException UnterminatedField(string rest)
    {
        if (rest.Length == 0) return PyExc.ValueError("Single '{' encountered in format string");
        int bracket = 0;
        for (int k = 0; k < rest.Length; k++)
        {
            if (rest[k] == '[') bracket++;
            else if (rest[k] == ']') bracket--;
            else if (bracket == 0 && rest[k] is '!' or ':')
            {
                if (rest[k] == '!' && k == rest.Length - 1) return PyExc.ValueError("end of string while looking for conversion specifier");
                return PyExc.ValueError("unmatched '{' in format spec");
            }
        }
        return PyExc.ValueError("expected '}' before end of string");
    }

    private static string Render(string format, PyObject[] positional, PyObject keywords, ref int auto, int depth)
    {
        if (depth < 0) throw PyExc.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw PyExc.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); i++; continue; }
            if (i + 1 < format.Length && format[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            // Find the matching close brace, allowing nested braces in the spec.
            // Braces inside the field name's [index] are part of the index, as in CPython.
            int level = 1, j = i + 1;
            bool inName = true, inIndex = false;
            while (j < format.Length && level > 0)
            {
                char f = format[j];
                if (inName && inIndex) { if (f == ']') inIndex = false; }
                else if (inName && f == '[') inIndex = true;
                else if (f == '{') level++;
                else if (f == '}') level--;
                else if (inName && f is '!' or ':') inName = false;
                if (level > 0) j++;
            }
            if (j >= format.Length) throw UnterminatedField(format[(i + 1)..]);
            string field = format[(i + 1)..j];
            i = j + 1;
            string fieldName = field, spec = "";
            char conversion = '\0';
            int bracket = 0, k = 0;
            for (; k < field.Length; k++)
            {
                if (field[k] == '[') bracket++;
                else if (field[k] == ']') bracket--;
                else if (bracket == 0 && (field[k] == '!' || field[k] == ':')) break;
            }
            fieldName = field[..k];
            if (k < field.Length && field[k] == '!')
            {
                if (k + 1 >= field.Length) throw PyExc.ValueError("end of string while looking for conversion specifier");
                conversion = field[k + 1];
                k += 2;
                if (k < field.Length && field[k] != ':') throw PyExc.ValueError("expected ':' after conversion specifier");
            }
            if (k < field.Length && field[k] == ':') spec = field[(k + 1)..];
            var value = Resolve(fieldName, positional, keywords, ref auto);
            value = conversion switch
            {
                '\0' => value,
                's' => PyOps.StrObject(value),
                'r' => PyStr.From(PyOps.Repr(value)),
                'a' => PyStr.From(BuiltinFunctions.Ascii(PyOps.Repr(value))),
                _ => throw PyExc.ValueError($"Unknown conversion specifier {conversion}"),
            };
            if (spec.Contains('{')) spec = Render(spec, positional, keywords, ref auto, depth - 1);
            sb.Append(PyOps.Format(value, spec));
        }
        return sb.ToString();
    }

    private static PyObject Resolve(string fieldName, PyObject[] positional, PyObject keywords, ref int auto)
    {
        int end = 0;
        while (end < fieldName.Length && fieldName[end] != '.' && fieldName[end] != '[') end++;
        string first = fieldName[..end];
        PyObject value;
        if (first.Length == 0)
        {
            if (auto < 0) throw PyExc.ValueError("cannot switch from manual field specification to automatic field numbering");
            int index = auto++;
            if (index >= positional.Length) throw PyExc.IndexError($"Replacement index {index} out of range for positional args tuple");
            value = positional[index];
        }
        else if (first.All(char.IsAsciiDigit))
        {
            if (auto > 0) throw PyExc.ValueError("cannot switch from automatic field numbering to manual field specification");
            auto = -1;
            int index = int.Parse(first);
            if (index >= positional.Length) throw PyExc.IndexError($"Replacement index {index} out of range for positional args tuple");
            value = positional[index];
        }
        else
        {
            try
            {
                value = PyOps.GetItem(keywords, PyStr.From(first));
            }
            catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.KeyError))
            {
                throw PyExc.KeyError(PyStr.From(first));
            }
        }
        int pos = end;
        while (pos < fieldName.Length)
        {
            if (fieldName[pos] == '.')
            {
                int start = ++pos;
                while (pos < fieldName.Length && fieldName[pos] != '.' && fieldName[pos] != '[') pos++;
                value = PyOps.GetAttr(value, PyStr.From(fieldName[start..pos]));
            }
            else
            {
                int close = fieldName.IndexOf(']', pos);
                if (close < 0) throw PyExc.ValueError("Missing ']' in format string");
                string key = fieldName[(pos + 1)..close];
                value = PyOps.GetItem(value, key.Length > 0 && key.All(char.IsAsciiDigit) ? PyInt.FromLong(long.Parse(key)) : PyStr.From(key));
                pos = close + 1;
            }
        }
        return value;
    }
}
