using System.Text;
using Warden.Modules.Io;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_codecs</c> module under CPython's <c>codecs.py</c> and the <c>encodings</c> package: the
/// codec search registry, the error-handler registry, and the primitive encoders/decoders the
/// encodings modules call (UTF-8/16/32, ASCII, Latin-1, charmap, escape codecs), built on
/// <see cref="Codecs"/>.
/// </summary>
internal static class CodecsModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_codecs");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        var searchFunctions = new List<PyObject>();
        var cache = new PyDict();
        var errorHandlers = new PyDict();
        bool encodingsImported = false;
        foreach (var (name, handler) in ErrorHandlers())
            errorHandlers.SetStr(name, new PyBuiltinFunction(name + "_errors", handler));

        PyObject Lookup(string encoding)
        {
            string key = encoding.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
            if (cache.TryGetStr(key, out var hit)) return hit;
            if (!encodingsImported)
            {
                // CPython imports the encodings package (which registers its search function) on first use.
                encodingsImported = true;
                Importer.ImportModule("encodings", ThreadState.Current);
            }
            foreach (var search in searchFunctions.ToArray())
            {
                var result = PyOps.Call1(search, PyStr.From(key));
                if (result is PyNone) continue;
                if (PyOps.Unwrap(result) is not PyTuple { Length: 4 } && !(result.Type.Lookup("__len__") is not null && PyOps.Length(result) == 4))
                    throw PyExc.TypeError("codec search functions must return 4-tuples");
                cache.SetStr(key, result);
                return result;
            }
            throw PyExc.Create(TypeObjects.ExceptionByName("LookupError"), $"unknown encoding: {encoding}");
        }

        Fn("register", (args, kw) =>
        {
            Args.Check(args, kw, "register", 1, 1);
            if (!IsCallable(args[0])) throw PyExc.TypeError("argument must be callable");
            searchFunctions.Add(args[0]);
            return PyNone.Instance;
        });
        Fn("unregister", (args, kw) =>
        {
            Args.Check(args, kw, "unregister", 1, 1);
            var target = args[0];
            int at = searchFunctions.FindIndex(f => ReferenceEquals(f, target));
            if (at >= 0)
            {
                searchFunctions.RemoveAt(at);
                cache = new PyDict();
            }
            return PyNone.Instance;
        });
        Fn("lookup", (args, kw) =>
        {
            Args.Check(args, kw, "lookup", 1, 1);
            return Lookup(StrArg(args[0], "lookup", 1));
        });
        Fn("_forget_codec", (args, kw) =>
        {
            Args.Check(args, kw, "_forget_codec", 1, 1);
            cache.RemoveStr(StrArg(args[0], "_forget_codec", 1).ToLowerInvariant().Replace(' ', '_').Replace('-', '_'));
            return PyNone.Instance;
        });
        foreach (var (name, index) in new[] { ("encode", 0), ("decode", 1) })
        {
            Fn(name, (args, kw) =>
            {
                var a = Args.Parse(args, kw, name, ["obj", "encoding", "errors"], 1);
                string encoding = a[1] is null ? "utf-8" : StrArg(a[1]!, name, 2);
                PyObject errors = a[2] ?? PyStr.From("strict");
                var codec = PyOps.GetItem(Lookup(encoding), PyInt.FromLong(index));
                var result = PyOps.Call(codec, [a[0]!, errors], null);
                if (PyOps.Unwrap(result) is not PyTuple { Length: 2 } pair)
                    throw PyExc.TypeError($"{(index == 0 ? "encoder" : "decoder")} must return a tuple (object, integer)");
                return pair.Items[0];
            });
        }
        Fn("register_error", (args, kw) =>
        {
            Args.Check(args, kw, "register_error", 2, 2);
            if (!IsCallable(args[1])) throw PyExc.TypeError("handler must be callable");
            errorHandlers.SetStr(StrArg(args[0], "register_error", 1), args[1]);
            return PyNone.Instance;
        });
        Fn("lookup_error", (args, kw) =>
        {
            Args.Check(args, kw, "lookup_error", 1, 1);
            string name = StrArg(args[0], "lookup_error", 1);
            return errorHandlers.TryGetStr(name, out var h) ? h
                : throw PyExc.Create(TypeObjects.ExceptionByName("LookupError"), $"unknown error handler name '{name}'");
        });

        foreach (var codec in new[] { "utf_8", "ascii", "latin_1", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be", "utf_16", "utf_32" })
        {
            string codecName = codec.Replace('_', '-');
            string encodeName = codec + "_encode", decodeName = codec + "_decode";
            Fn(encodeName, (args, kw) =>
            {
                var a = Args.Parse(args, kw, encodeName, ["str", "errors", "byteorder"], 1);
                var text = PyOps.Unwrap(a[0]!) as PyStr ?? throw PyExc.TypeError($"{encodeName}() argument 1 must be str, not {a[0]!.Type.Name}");
                string errors = ErrorsArg(a[1]);
                string effective = codecName;
                if (codecName is "utf-16" or "utf-32" && a[2] is { } order && PyOps.AsIndex(order) != 0)
                    effective = codecName + (PyOps.AsIndex(order) < 0 ? "-le" : "-be");
                var bytes = Codecs.Encode(text.Value, effective, errors);
                return PyTuple.Create(new PyBytes(bytes), PyInt.FromLong(text.Length));
            });
            Fn(decodeName, (args, kw) =>
            {
                var a = Args.Parse(args, kw, decodeName, ["data", "errors", "final"], 1);
                var data = BytesMethods.BytesLike(a[0]!);
                string errors = ErrorsArg(a[1]);
                bool final = codecName is "ascii" or "latin-1" || a[2] is { } f && PyOps.IsTrue(f);
                int complete = final ? data.Length : TextCodec.CompleteLength(codecName, data);
                var part = complete == data.Length ? data : data.AsSpan(0, complete).ToArray();
                return PyTuple.Create(PyStr.From(Codecs.Decode(part, codecName, errors)), PyInt.FromLong(complete));
            });
        }
        Fn("charmap_build", (args, kw) =>
        {
            Args.Check(args, kw, "charmap_build", 1, 1);
            var table = PyOps.Unwrap(args[0]) as PyStr ?? throw PyExc.TypeError($"charmap_build() argument must be str, not {args[0].Type.Name}");
            var map = new PyDict();
            int index = 0;
            foreach (int cp in Warden.Objects.UnicodeProperties.CodePoints(table.Value)) map.SetItem(PyInt.FromLong(cp), PyInt.FromLong(index++));
            return map;
        });
        Fn("charmap_decode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "charmap_decode", ["data", "errors", "mapping"], 1);
            var data = BytesMethods.BytesLike(a[0]!);
            return PyTuple.Create(PyStr.From(CharmapDecode(data, ErrorsArg(a[1]), a[2] is null or PyNone ? null : a[2])), PyInt.FromLong(data.Length));
        });
        Fn("charmap_encode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "charmap_encode", ["str", "errors", "mapping"], 1);
            var text = PyOps.Unwrap(a[0]!) as PyStr ?? throw PyExc.TypeError($"charmap_encode() argument 1 must be str, not {a[0]!.Type.Name}");
            if (a[2] is null or PyNone) return PyTuple.Create(new PyBytes(Codecs.Encode(text.Value, "latin-1", ErrorsArg(a[1]))), PyInt.FromLong(text.Length));
            return PyTuple.Create(new PyBytes(CharmapEncode(text.Value, ErrorsArg(a[1]), a[2]!)), PyInt.FromLong(text.Length));
        });
        Fn("escape_encode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "escape_encode", ["data", "errors"], 1);
            var data = PyOps.Unwrap(a[0]!) as PyBytes ?? throw PyExc.TypeError($"escape_encode() argument 1 must be bytes, not {a[0]!.Type.Name}");
            return PyTuple.Create(new PyBytes(EscapeCodecs.EscapeBytes(data.Value)), PyInt.FromLong(data.Value.Length));
        });
        Fn("escape_decode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "escape_decode", ["data", "errors"], 1);
            var data = PyOps.Unwrap(a[0]!) is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : BytesMethods.BytesLike(a[0]!);
            return PyTuple.Create(new PyBytes(EscapeCodecs.UnescapeBytes(data)), PyInt.FromLong(data.Length));
        });
        foreach (var raw in new[] { false, true })
        {
            bool isRaw = raw;
            string prefix = raw ? "raw_unicode_escape" : "unicode_escape";
            Fn(prefix + "_encode", (args, kw) =>
            {
                var a = Args.Parse(args, kw, prefix + "_encode", ["str", "errors"], 1);
                var text = PyOps.Unwrap(a[0]!) as PyStr ?? throw PyExc.TypeError($"{prefix}_encode() argument 1 must be str, not {a[0]!.Type.Name}");
                return PyTuple.Create(new PyBytes(EscapeCodecs.EscapeText(text.Value, isRaw)), PyInt.FromLong(text.Length));
            });
            Fn(prefix + "_decode", (args, kw) =>
            {
                var a = Args.Parse(args, kw, prefix + "_decode", ["data", "errors", "final"], 1);
                var data = PyOps.Unwrap(a[0]!) is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : BytesMethods.BytesLike(a[0]!);
                return PyTuple.Create(PyStr.From(EscapeCodecs.UnescapeText(data, isRaw, ErrorsArg(a[1]))), PyInt.FromLong(data.Length));
            });
        }
        Fn("readbuffer_encode", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "readbuffer_encode", ["data", "errors"], 1);
            var data = PyOps.Unwrap(a[0]!) is PyStr s ? Encoding.UTF8.GetBytes(s.Value) : BytesMethods.BytesLike(a[0]!);
            return PyTuple.Create(new PyBytes(data), PyInt.FromLong(data.Length));
        });
        return module;
    }

    private static bool IsCallable(PyObject o) => o is PyFunction or PyBuiltinFunction or PyType || o.Type.Lookup("__call__") is not null;

    private static string StrArg(PyObject o, string function, int position)
        => PyOps.Unwrap(o) is PyStr s ? s.Value : throw PyExc.TypeError($"{function}() argument {(position == 1 ? "" : position + " ")}must be str, not {o.Type.Name}".Replace("argument  ", "argument "));

    private static string ErrorsArg(PyObject? o) => o is null or PyNone ? "strict" : PyOps.Unwrap(o) is PyStr s ? s.Value
        : throw PyExc.TypeError($"argument 'errors' must be str or None, not {o.Type.Name}");

    private static PythonException UnicodeError(string type, string encoding, PyObject obj, long start, long end, string reason)
    {
        var e = new PyBaseException(TypeObjects.ExceptionByName(type), PyStr.From(encoding), obj, PyInt.FromLong(start), PyInt.FromLong(end), PyStr.From(reason));
        Codecs.SetUnicodeErrorAttributes(e);
        return new PythonException(e);
    }

    private static string CharmapDecode(byte[] data, string errors, PyObject? mapping)
    {
        var sb = new StringBuilder(data.Length);
        string? table = mapping is null ? null : PyOps.Unwrap(mapping) is PyStr ts ? ts.Value : null;
        int[]? tableCodePoints = table is null ? null : Warden.Objects.UnicodeProperties.CodePoints(table);
        for (int i = 0; i < data.Length; i++)
        {
            int b = data[i];
            int cp = -1;
            string? multi = null;
            if (mapping is null) cp = b;
            else if (tableCodePoints is not null) cp = b < tableCodePoints.Length && tableCodePoints[b] != 0xFFFE ? tableCodePoints[b] : -1;
            else
            {
                PyObject? value = null;
                try
                {
                    value = PyOps.GetItem(mapping, PyInt.FromLong(b));
                }
                catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.ExceptionByName("LookupError")))
                {
                }
                if (value is PyInt vi) cp = (int)vi.ToIndex();
                else if (value is PyStr vs)
                {
                    if (vs.Value == "\uFFFE") cp = -1;
                    else multi = vs.Value;
                }
                else if (value is not (null or PyNone)) throw PyExc.TypeError("character mapping must return integer, None or str");
            }
            if (multi is not null) { sb.Append(multi); continue; }
            if (cp >= 0) { sb.Append(char.ConvertFromUtf32(cp)); continue; }
            switch (errors)
            {
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                case "backslashreplace": sb.Append($"\\x{b:x2}"); break;
                case "surrogateescape": sb.Append((char)(0xDC00 + b)); break;
                default: throw UnicodeError("UnicodeDecodeError", "charmap", new PyBytes(data), i, i + 1, "character maps to <undefined>");
            }
        }
        return sb.ToString();
    }

    private static byte[] CharmapEncode(string text, string errors, PyObject mapping)
    {
        var output = new List<byte>(text.Length);
        var cps = Warden.Objects.UnicodeProperties.CodePoints(text);
        bool TryMap(int cp)
        {
            PyObject? value = null;
            try
            {
                value = PyOps.GetItem(mapping, PyInt.FromLong(cp));
            }
            catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.ExceptionByName("LookupError")))
            {
                return false;
            }
            switch (PyOps.Unwrap(value))
            {
                case PyInt i:
                    long v = i.ToIndex();
                    if (v is < 0 or > 255) throw PyExc.TypeError("character mapping must be in range(256)");
                    output.Add((byte)v);
                    return true;
                case PyBytes b:
                    output.AddRange(b.Value);
                    return true;
                case PyNone:
                    return false;
                default:
                    throw PyExc.TypeError("character mapping must return integer, bytes or None, not " + value.Type.Name);
            }
        }
        for (int i = 0; i < cps.Length; i++)
        {
            if (TryMap(cps[i])) continue;
            switch (errors)
            {
                case "ignore": break;
                case "replace":
                    if (!TryMap('?')) throw UnicodeError("UnicodeEncodeError", "charmap", PyStr.From(text), i, i + 1, "character maps to <undefined>");
                    break;
                case "xmlcharrefreplace":
                    foreach (char c in $"&#{cps[i]};") TryMap(c);
                    break;
                case "backslashreplace":
                    foreach (char c in cps[i] < 0x100 ? $"\\x{cps[i]:x2}" : cps[i] < 0x10000 ? $"\\u{cps[i]:x4}" : $"\\U{cps[i]:x8}") TryMap(c);
                    break;
                default:
                    throw UnicodeError("UnicodeEncodeError", "charmap", PyStr.From(text), i, i + 1, "character maps to <undefined>");
            }
        }
        return output.ToArray();
    }

    /// <summary>The builtin error handlers (<c>codecs.lookup_error(name)</c>) with CPython's replacement rules.</summary>
    private static IEnumerable<(string Name, NativeFunction Handler)> ErrorHandlers()
    {
        static (PyBaseException E, PyObject Obj, int Start, int End) Parts(ReadOnlySpan<PyObject> args, string name)
        {
            if (args.Length != 1 || args[0] is not PyBaseException e || !e.Type.IsSubtypeOf(TypeObjects.UnicodeError))
                throw PyExc.TypeError($"don't know how to handle {(args.Length > 0 ? args[0].Type.Name : "nothing")} in error callback");
            var obj = PyOps.GetAttr(e, PyStr.From("object"));
            int start = (int)PyOps.AsIndex(PyOps.GetAttr(e, PyStr.From("start")));
            int end = (int)PyOps.AsIndex(PyOps.GetAttr(e, PyStr.From("end")));
            return (e, obj, start, end);
        }
        static bool IsDecode(PyBaseException e) => e.Type.IsSubtypeOf(TypeObjects.ExceptionByName("UnicodeDecodeError"));
        static int[] Slice(PyObject obj, int start, int end) => PyOps.Unwrap(obj) is PyStr s ? Warden.Objects.UnicodeProperties.CodePoints(s.Value).Skip(start).Take(end - start).ToArray() : [];
        static PyObject Result(string replacement, int end) => PyTuple.Create(PyStr.From(replacement), PyInt.FromLong(end));

        yield return ("strict", (args, kw) =>
        {
            if (args.Length == 1 && args[0] is PyBaseException e) throw new PythonException(e);
            throw PyExc.TypeError("codec must pass exception instance");
        });
        yield return ("ignore", (args, kw) => Result("", Parts(args, "ignore").End));
        yield return ("replace", (args, kw) =>
        {
            var (e, _, start, end) = Parts(args, "replace");
            if (IsDecode(e)) return Result("\uFFFD", end);
            bool translate = e.Type.IsSubtypeOf(TypeObjects.ExceptionByName("UnicodeTranslateError"));
            return Result(new string(translate ? '\uFFFD' : '?', end - start), end);
        });
        yield return ("backslashreplace", (args, kw) =>
        {
            var (e, obj, start, end) = Parts(args, "backslashreplace");
            var sb = new StringBuilder();
            if (IsDecode(e))
            {
                var bytes = BytesMethods.BytesLike(obj);
                for (int i = start; i < end; i++) sb.Append($"\\x{bytes[i]:x2}");
            }
            else foreach (int cp in Slice(obj, start, end)) sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
            return Result(sb.ToString(), end);
        });
        yield return ("xmlcharrefreplace", (args, kw) =>
        {
            var (e, obj, start, end) = Parts(args, "xmlcharrefreplace");
            if (IsDecode(e)) throw PyExc.TypeError($"don't know how to handle {e.Type.Name} in error callback");
            return Result(string.Concat(Slice(obj, start, end).Select(cp => $"&#{cp};")), end);
        });
        yield return ("namereplace", (args, kw) =>
        {
            var (e, obj, start, end) = Parts(args, "namereplace");
            if (IsDecode(e)) throw PyExc.TypeError($"don't know how to handle {e.Type.Name} in error callback");
            var sb = new StringBuilder();
            foreach (int cp in Slice(obj, start, end))
            {
                if (UnicodeNames.TryGetName(cp, out var name)) sb.Append("\\N{").Append(name).Append('}');
                else sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
            }
            return Result(sb.ToString(), end);
        });
        yield return ("surrogateescape", (args, kw) =>
        {
            var (e, obj, start, end) = Parts(args, "surrogateescape");
            if (IsDecode(e))
            {
                var bytes = BytesMethods.BytesLike(obj);
                var sb = new StringBuilder();
                for (int i = start; i < end; i++)
                {
                    if (bytes[i] < 128) throw new PythonException(e);
                    sb.Append((char)(0xDC00 + bytes[i]));
                }
                return Result(sb.ToString(), end);
            }
            var output = new List<byte>();
            foreach (int cp in Slice(obj, start, end))
            {
                if (cp is < 0xDC80 or > 0xDCFF) throw new PythonException(e);
                output.Add((byte)(cp - 0xDC00));
            }
            return PyTuple.Create(new PyBytes(output.ToArray()), PyInt.FromLong(end));
        });
        yield return ("surrogatepass", (args, kw) =>
        {
            var (e, obj, start, end) = Parts(args, "surrogatepass");
            if (IsDecode(e)) throw new PythonException(e);
            var output = new List<byte>();
            foreach (int cp in Slice(obj, start, end))
            {
                if (cp is < 0xD800 or > 0xDFFF) throw new PythonException(e);
                output.Add((byte)(0xE0 | (cp >> 12)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            return PyTuple.Create(new PyBytes(output.ToArray()), PyInt.FromLong(end));
        });
    }
}
