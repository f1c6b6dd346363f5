using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_string</c> module: the format-string parser behind <c>string.Formatter</c>.
/// <c>formatter_parser</c> yields <c>(literal, field_name, format_spec, conversion)</c> with
/// doubled braces unescaped; <c>formatter_field_name_split</c> splits <c>a.b[0]</c> into the
/// first name and <c>(is_attribute, key)</c> pairs, numeric keys as ints.
/// </summary>
internal static class StringModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_string");
        var d = module.Dict;
        d.SetStr("formatter_parser", new PyBuiltinFunction("formatter_parser", (args, kw) =>
        {
            Args.Check(args, kw, "formatter_parser", 1, 1);
            var format = args[0] as PyStr ?? throw PyExc.TypeError($"expected str, got {args[0].Type.Name}");
            var parts = Parse(format.Value).ToArray();
            return PyOps.GetIter(new PyList(parts, parts.Length));
        }));
        d.SetStr("formatter_field_name_split", new PyBuiltinFunction("formatter_field_name_split", (args, kw) =>
        {
            Args.Check(args, kw, "formatter_field_name_split", 1, 1);
            var name = args[0] as PyStr ?? throw PyExc.TypeError($"expected str, got {args[0].Type.Name}");
            var (first, rest) = SplitFieldName(name.Value);
            return PyTuple.Create(first, PyOps.GetIter(new PyList(rest, rest.Length)));
        }));
        return module;
    }

    private static PyObject NumberOrString(string s)
        => s.Length > 0 && s.All(char.IsAsciiDigit) ? PyInt.FromBig(System.Numerics.BigInteger.Parse(s)) : PyStr.From(s);

    private static IEnumerable<PyObject> Parse(string format)
    {
        var literal = new StringBuilder();
        int i = 0;
        while (i < format.Length)
        {
            char c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    // An escaped brace ends the literal chunk including it, as CPython's parser does.
                    literal.Append('}');
                    yield return PyTuple.Create(PyStr.From(literal.ToString()), PyNone.Instance, PyNone.Instance, PyNone.Instance);
                    literal.Clear();
                    i += 2;
                    continue;
                }
                throw PyExc.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { literal.Append(c); i++; continue; }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                literal.Append('{');
                yield return PyTuple.Create(PyStr.From(literal.ToString()), PyNone.Instance, PyNone.Instance, PyNone.Instance);
                literal.Clear();
                i += 2;
                continue;
            }
            if (i + 1 >= format.Length) throw PyExc.ValueError("Single '{' encountered in format string");
            int level = 1, j = i + 1;
            while (j < format.Length)
            {
                if (format[j] == '{') level++;
                else if (format[j] == '}' && --level == 0) break;
                j++;
            }
            if (j >= format.Length) throw PyExc.ValueError(level > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
            string field = format[(i + 1)..j];
            i = j + 1;
            int bracket = 0, k = 0;
            for (; k < field.Length; k++)
            {
                if (field[k] == '[') bracket++;
                else if (field[k] == ']') bracket--;
                else if (bracket == 0 && (field[k] == '!' || field[k] == ':')) break;
            }
            string fieldName = field[..k];
            PyObject conversion = PyNone.Instance;
            string spec = "";
            if (k < field.Length && field[k] == '!')
            {
                if (k + 1 >= field.Length) throw PyExc.ValueError("end of string while looking for conversion specifier");
                conversion = PyStr.From(field[k + 1].ToString());
                k += 2;
                if (k < field.Length && field[k] != ':') throw PyExc.ValueError("expected ':' after conversion specifier");
            }
            if (k < field.Length && field[k] == ':') spec = field[(k + 1)..];
            yield return PyTuple.Create(PyStr.From(literal.ToString()), PyStr.From(fieldName), PyStr.From(spec), conversion);
            literal.Clear();
        }
        if (literal.Length > 0)
            yield return PyTuple.Create(PyStr.From(literal.ToString()), PyNone.Instance, PyNone.Instance, PyNone.Instance);
    }

    private static (PyObject First, PyObject[] Lookups) SplitFieldName(string name)
    {
        int end = 0;
        while (end < name.Length && name[end] != '.' && name[end] != '[') end++;
        var first = NumberOrString(name[..end]);
        var rest = new List<PyObject>();
        int pos = end;
        while (pos < name.Length)
        {
            if (name[pos] == '.')
            {
                int start = ++pos;
                while (pos < name.Length && name[pos] != '.' && name[pos] != '[') pos++;
                if (pos == start) throw PyExc.ValueError("Empty attribute in format string");
                rest.Add(PyTuple.Create(PyInt.True, PyStr.From(name[start..pos])));
            }
            else if (name[pos] == '[')
            {
                int close = name.IndexOf(']', pos);
                if (close < 0) throw PyExc.ValueError("Missing ']' in format string");
                string key = name[(pos + 1)..close];
                if (key.Length == 0) throw PyExc.ValueError("Empty attribute in format string");
                rest.Add(PyTuple.Create(PyInt.False, NumberOrString(key)));
                pos = close + 1;
                if (pos < name.Length && name[pos] != '.' && name[pos] != '[')
                    throw PyExc.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return (first, rest.ToArray());
    }
}
