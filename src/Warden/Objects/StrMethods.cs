using System.Globalization;
using System.Text;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>The methods of <c>str</c>.</summary>
internal static class StrMethods
{
    private static PyStr S(ReadOnlySpan<PyObject> args) => Args.Self<PyStr>(args);

    private static PyStr ArgStr(PyObject o, string method, int position = 1)
    {
        if (PyOps.Unwrap(o) is PyStr s) return s;
        throw PyExc.TypeError($"{method}() argument {position} must be str, not {o.Type.Name}");
    }

    public static void Install()
    {
        var t = TypeObjects.Str;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var a = Args.Parse(args[1..], kw, "str", ["object", "encoding", "errors"], 0);
            PyObject value = a[0] is null ? PyStr.Empty
                : (a[1] is not null || a[2] is not null) && BytesMethods.TryGetBytes(a[0]!) is { } b
                    ? PyStr.From(Codecs.Decode(b, (a[1] as PyStr)?.Value ?? "utf-8", (a[2] as PyStr)?.Value ?? "strict"))
                : PyOps.StrObject(a[0]!);
            if (ReferenceEquals(cls, TypeObjects.Str)) return value;
            return new PyInstance(cls) { BuiltinValue = value };
        })));
        NumberMethods.InstallOperators(t, o => PyOps.Unwrap(o) is PyStr, BinaryOperator.Add);
        t.AddMethod("__mul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        t.AddMethod("__rmul__", (args, kw) => PyOps.Unwrap(args[1]) is PyInt ? PyOps.BuiltinBinary(args[0], args[1], BinaryOperator.Multiply)! : PyNotImplemented.Instance);
        t.AddMethod("__mod__", (args, kw) => PyStr.From(Formatting.PercentFormat(S(args).Value, args[1])));
        t.AddMethod("__rmod__", (args, kw) => PyNotImplemented.Instance);
        NumberMethods.InstallComparisons(t, o => PyOps.Unwrap(o) is PyStr);
        t.AddMethod("__hash__", (args, kw) => PyInt.FromLong(S(args).Hash));
        t.AddMethod("__repr__", (args, kw) => PyStr.From(PyRepr.StrRepr(S(args).Value)));
        t.AddMethod("__str__", (args, kw) => S(args));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(S(args).Length));
        t.AddMethod("__iter__", (args, kw) => new PyStrIterator(S(args)));
        t.AddMethod("__contains__", (args, kw) => PyInt.FromBool(PyOps.Contains(S(args), PyOps.Unwrap(args[1]))));
        t.AddMethod("__getitem__", (args, kw) => GetItem(S(args), args[1]));
        t.AddMethod("__format__", (args, kw) => PyStr.From(Formatting.FormatStr(S(args).Value, ArgStr(args[1], "format").Value)));
        t.AddMethod("__getnewargs__", (args, kw) => PyTuple.Create(PyStr.From(S(args).Value)));

        t.AddMethod("join", (args, kw) =>
        {
            Args.Check(args, kw, "join", 1, 1, 1);
            var sep = S(args).Value;
            var sb = new StringBuilder();
            int index = 0;
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var item))
            {
                if (PyOps.Unwrap(item) is not PyStr part)
                    throw PyExc.TypeError($"sequence item {index}: expected str instance, {item.Type.Name} found");
                if (index > 0) sb.Append(sep);
                sb.Append(part.Value);
                index++;
            }
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("split", (args, kw) => Split(args, kw, "split", fromRight: false));
        t.AddMethod("rsplit", (args, kw) => Split(args, kw, "rsplit", fromRight: true));
        t.AddMethod("splitlines", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "splitlines", ["keepends"], 0);
            bool keep = a[0] is not null && PyOps.IsTrue(a[0]!);
            var s = S(args).Value;
            var result = new PyList();
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
                {
                    int end = i;
                    if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                    result.Append(PyStr.From(s[start..(keep ? i + 1 : end)]));
                    start = i + 1;
                }
            }
            if (start < s.Length) result.Append(PyStr.From(s[start..]));
            return result;
        });
        t.AddMethod("strip", (args, kw) => Strip(args, kw, "strip", true, true));
        t.AddMethod("lstrip", (args, kw) => Strip(args, kw, "lstrip", true, false));
        t.AddMethod("rstrip", (args, kw) => Strip(args, kw, "rstrip", false, true));
        t.AddMethod("startswith", (args, kw) => StartsEnds(args, kw, "startswith", start: true));
        t.AddMethod("endswith", (args, kw) => StartsEnds(args, kw, "endswith", start: false));
        t.AddMethod("find", (args, kw) => PyInt.FromLong(Find(args, kw, "find", reverse: false)));
        t.AddMethod("rfind", (args, kw) => PyInt.FromLong(Find(args, kw, "rfind", reverse: true)));
        t.AddMethod("index", (args, kw) =>
        {
            long r = Find(args, kw, "index", reverse: false);
            if (r < 0) throw PyExc.ValueError("substring not found");
            return PyInt.FromLong(r);
        });
        t.AddMethod("rindex", (args, kw) =>
        {
            long r = Find(args, kw, "rindex", reverse: true);
            if (r < 0) throw PyExc.ValueError("substring not found");
            return PyInt.FromLong(r);
        });
        t.AddMethod("count", (args, kw) =>
        {
            Args.CheckTupleStyle(args, kw, "count", 1, 3, 1);
            var s = Window(S(args), args, 2);
            var sub = ArgStr(args[1], "count").Value;
            if (sub.Length == 0) return PyInt.FromLong(new PyStr(s).Length + 1);
            long n = 0;
            int pos = 0;
            while ((pos = s.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; }
            return PyInt.FromLong(n);
        });
        t.AddMethod("replace", (args, kw) =>
        {
            Args.Check(args, kw, "replace", 2, 3, 1);
            var s = S(args).Value;
            var old = ArgStr(args[1], "replace", 1).Value;
            var @new = ArgStr(args[2], "replace", 2).Value;
            long count = args.Length > 3 ? PyOps.AsIndex(args[3]) : -1;
            if (count < 0) return PyStr.From(old.Length == 0 ? InsertBetween(s, @new, long.MaxValue) : s.Replace(old, @new)); // the two-argument overload is ordinal and much faster than the StringComparison one
            if (old.Length == 0) return PyStr.From(InsertBetween(s, @new, count));
            var sb = new StringBuilder();
            int pos = 0;
            while (count-- > 0)
            {
                int found = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (found < 0) break;
                sb.Append(s, pos, found - pos).Append(@new);
                pos = found + old.Length;
            }
            sb.Append(s, pos, s.Length - pos);
            return PyStr.From(sb.ToString());
        });
        StrCaseMethods.Install(t);
        AddPredicate(t, "isascii", s => s.All(c => c < 128));
        AddPredicate(t, "isidentifier", IsIdentifier);
        AddPredicate(t, "isprintable", s => PyRepr.StrRepr(s) == "'" + s + "'" || PyRepr.StrRepr(s) == "\"" + s + "\"");
        t.AddMethod("center", (args, kw) => Justify(args, kw, "center"));
        t.AddMethod("ljust", (args, kw) => Justify(args, kw, "ljust"));
        t.AddMethod("rjust", (args, kw) => Justify(args, kw, "rjust"));
        t.AddMethod("zfill", (args, kw) =>
        {
            Args.Check(args, kw, "zfill", 1, 1, 1);
            var s = S(args).Value;
            long width = PyOps.AsIndex(args[1]);
            if (width <= s.Length) return S(args);
            if (width > int.MaxValue / 4) throw PyExc.MemoryError("");
            int fill = (int)width - s.Length;
            if (s.Length > 0 && s[0] is '+' or '-') return PyStr.From(s[0] + new string('0', fill) + s[1..]);
            return PyStr.From(new string('0', fill) + s);
        });
        t.AddMethod("partition", (args, kw) => Partition(args, kw, fromRight: false));
        t.AddMethod("rpartition", (args, kw) => Partition(args, kw, fromRight: true));
        t.AddMethod("removeprefix", (args, kw) =>
        {
            var s = S(args).Value;
            var p = ArgStr(args[1], "removeprefix").Value;
            return PyStr.From(s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s);
        });
        t.AddMethod("removesuffix", (args, kw) =>
        {
            var s = S(args).Value;
            var p = ArgStr(args[1], "removesuffix").Value;
            return PyStr.From(p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s);
        });
        t.AddMethod("expandtabs", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "expandtabs", ["tabsize"], 0);
            long size = a[0] is null ? 8 : PyOps.AsIndex(a[0]!);
            var sb = new StringBuilder();
            int column = 0;
            foreach (char c in S(args).Value)
            {
                if (c == '\t')
                {
                    if (size > 0) { int n = (int)(size - column % size); sb.Append(' ', n); column += n; }
                }
                else if (c is '\n' or '\r') { sb.Append(c); column = 0; }
                else { sb.Append(c); column++; }
            }
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("encode", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "encode", ["encoding", "errors"], 0);
            if (a[0] is not null and not PyStr) throw PyExc.TypeError($"encode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            if (a[1] is not null and not PyStr) throw PyExc.TypeError($"encode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            return new PyBytes(Codecs.Encode(S(args).Value, (a[0] as PyStr)?.Value ?? "utf-8", (a[1] as PyStr)?.Value ?? "strict"));
        });
        t.AddMethod("format", (args, kw) => PyStr.From(StrFormat.Format(S(args).Value, args[1..], kw)));
        t.AddStaticMethod("maketrans", (args, kw) =>
        {
            Args.Check(args, kw, "maketrans", 1, 3);
            var table = new PyDict();
            if (args.Length == 1)
            {
                if (args[0] is not PyDict d) throw PyExc.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var (k, v) in d.Items)
                {
                    PyObject key = k is PyStr ks
                        ? (ks.Length == 1 ? PyInt.FromLong(ks.CodePointAt(0)) : throw PyExc.ValueError("string keys in translate table must be of length 1"))
                        : k;
                    table.SetItem(key, v);
                }
                return table;
            }
            var from = args[0] as PyStr ?? throw PyExc.TypeError("maketrans() argument 1 must be str");
            var to = args[1] as PyStr ?? throw PyExc.TypeError("maketrans() argument 2 must be str");
            if (from.Length != to.Length) throw PyExc.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < from.Length; i++) table.SetItem(PyInt.FromLong(from.CodePointAt(i)), PyInt.FromLong(to.CodePointAt(i)));
            if (args.Length > 2)
            {
                var delete = args[2] as PyStr ?? throw PyExc.TypeError("maketrans() argument 3 must be str");
                foreach (int cp in delete.CodePoints()) table.SetItem(PyInt.FromLong(cp), PyNone.Instance);
            }
            return table;
        });
        t.AddMethod("translate", (args, kw) =>
        {
            Args.Check(args, kw, "translate", 1, 1, 1);
            var sb = new StringBuilder();
            foreach (int cp in S(args).CodePoints())
            {
                PyObject mapped;
                try
                {
                    mapped = PyOps.GetItem(args[1], PyInt.FromLong(cp));
                }
                catch (PythonException e) when (e.Exception.Type.IsSubtypeOf(TypeObjects.LookupError))
                {
                    sb.Append(char.ConvertFromUtf32(cp));
                    continue;
                }
                switch (mapped)
                {
                    case PyNone: break;
                    case PyInt i: sb.Append(char.ConvertFromUtf32((int)i.ToIndex())); break;
                    case PyStr ms: sb.Append(ms.Value); break;
                    default: throw PyExc.TypeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("format_map", (args, kw) => PyStr.From(StrFormat.FormatMap(S(args).Value, args[1])));
    }

    private static string InsertBetween(string s, string insert, long count)
    {
        var sb = new StringBuilder();
        var cps = new PyStr(s);
        int n = cps.Length;
        for (int i = 0; i <= n; i++)
        {
            if (count-- > 0) sb.Append(insert);
            if (i < n) sb.Append(cps.CharAt(i).Value);
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="s"/> is non-empty and every code point satisfies <paramref name="test"/> (given the string and the code point's index).</summary>
    private static bool AllCodePoints(string s, Func<string, int, bool> test)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            if (!test(s, i)) return false;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        }
        return true;
    }

    private static void AddPredicate(PyType t, string name, Func<string, bool> predicate)
        => t.AddMethod(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 0, 0, 1);
            return PyInt.FromBool(predicate(S(args).Value));
        });

    /// <summary>XID_Start (or '_') then XID_Continue code points, from the tokenizer's tables.</summary>
    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            bool first = i == 0;
            int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            if (!(first ? Syntax.IdentifierChars.IsStart(cp) : Syntax.IdentifierChars.IsContinue(cp))) return false;
        }
        return true;
    }

    internal static PyObject GetItem(PyStr s, PyObject key)
    {
        key = PyOps.Unwrap(key);
        if (key is PySlice slice)
        {
            var r = SliceIndices.Resolve(slice, s.Length);
            if (r.Step == 1) return s.Substring((int)r.Start, (int)(r.Start + r.Count));
            var sb = new StringBuilder();
            for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) sb.Append(s.CharAt((int)k).Value);
            return PyStr.From(sb.ToString());
        }
        if (key is PyInt || key.Type.Lookup("__index__") is not null)
        {
            long i = PyOps.AsSubscriptIndex(key);
            if (i < 0) i += s.Length;
            if ((ulong)i >= (ulong)s.Length) throw PyExc.IndexError("string index out of range");
            return s.CharAt((int)i);
        }
        throw PyExc.TypeError($"string indices must be integers, not '{key.Type.Name}'");
    }

    /// <summary>The text of <c>s[start:end]</c> for the optional start/end arguments at <paramref name="firstIndex"/>.</summary>
    private static string Window(PyStr s, ReadOnlySpan<PyObject> args, int firstIndex)
    {
        if (args.Length <= firstIndex) return s.Value;
        int n = s.Length;
        long start = 0, end = n;
        if (args.Length > firstIndex && args[firstIndex] is not PyNone) start = PyOps.AsIndex(args[firstIndex]);
        if (args.Length > firstIndex + 1 && args[firstIndex + 1] is not PyNone) end = PyOps.AsIndex(args[firstIndex + 1]);
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n);
        start = Math.Min(start, n);
        end = Math.Min(end, n);
        if (end < start) return "";
        return s.Substring((int)start, (int)end).Value;
    }

    private static long Find(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool reverse)
    {
        Args.CheckTupleStyle(args, kw, name, 1, 3, 1);
        var self = S(args);
        var sub = ArgStr(args[1], name).Value;
        int n = self.Length;
        long start = 0, end = n;
        if (args.Length > 2 && args[2] is not PyNone) start = PyOps.AsIndex(args[2]);
        if (args.Length > 3 && args[3] is not PyNone) end = PyOps.AsIndex(args[3]);
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n);
        if (end > n) end = n;
        if (start > n || end - start < new PyStr(sub).Length) return start <= end && sub.Length == 0 && start <= n ? (reverse ? end : start) : -1;
        var window = self.Substring((int)start, (int)end).Value;
        int found = reverse ? window.LastIndexOf(sub, StringComparison.Ordinal) : window.IndexOf(sub, StringComparison.Ordinal);
        if (found < 0) return -1;
        return start + new PyStr(window).CodePointIndexOfOffset(found);
    }

    private static PyObject StartsEnds(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool start)
    {
        Args.CheckTupleStyle(args, kw, name, 1, 3, 1);
        var window = Window(S(args), args, 2);
        var prefixes = PyOps.Unwrap(args[1]) switch
        {
            PyStr p => new[] { p.Value },
            PyTuple tp => tp.Items.Select(x => PyOps.Unwrap(x) is PyStr xs ? xs.Value
                : throw PyExc.TypeError($"tuple for {name} must only contain str, not {x.Type.Name}")).ToArray(),
            var other => throw PyExc.TypeError($"{name} first arg must be str or a tuple of str, not {other.Type.Name}"),
        };
        foreach (var p in prefixes)
            if (start ? window.StartsWith(p, StringComparison.Ordinal) : window.EndsWith(p, StringComparison.Ordinal)) return PyInt.True;
        return PyInt.False;
    }

    private static PyObject Strip(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool left, bool right)
    {
        Args.Check(args, kw, name, 0, 1, 1);
        var s = S(args).Value;
        if (args.Length < 2 || args[1] is PyNone)
        {
            int a = 0, b = s.Length;
            if (left) while (a < b && IsPythonSpace(s[a])) a++;
            if (right) while (b > a && IsPythonSpace(s[b - 1])) b--;
            return PyStr.From(s[a..b]);
        }
        var chars = PyOps.Unwrap(args[1]) is PyStr cs ? cs.Value
            : throw PyExc.TypeError($"{name} arg must be None or str");
        int x = 0, y = s.Length;
        if (left) while (x < y && chars.Contains(s[x])) x++;
        if (right) while (y > x && chars.Contains(s[y - 1])) y--;
        return PyStr.From(s[x..y]);
    }

    internal static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is '\x1c' or '\x1d' or '\x1e' or '\x1f';

    private static PyObject Split(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool fromRight)
    {
        var a = Args.Parse(args[1..], kw, name, ["sep", "maxsplit"], 0);
        var s = S(args).Value;
        long maxsplit = a[1] is null ? -1 : PyOps.AsIndex(a[1]!);
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var parts = new List<string>();
        if (a[0] is null || a[0] is PyNone)
        {
            if (!fromRight)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && IsPythonSpace(s[i])) i++;
                    if (i >= s.Length) break;
                    if (parts.Count == maxsplit) { parts.Add(s[i..]); break; }
                    int start = i;
                    while (i < s.Length && !IsPythonSpace(s[i])) i++;
                    parts.Add(s[start..i]);
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && IsPythonSpace(s[i - 1])) i--;
                    if (i <= 0) break;
                    if (parts.Count == maxsplit)
                    {
                        parts.Add(s[..i]);
                        break;
                    }
                    int end = i;
                    while (i > 0 && !IsPythonSpace(s[i - 1])) i--;
                    parts.Add(s[i..end]);
                }
                parts.Reverse();
            }
        }
        else
        {
            var sep = PyOps.Unwrap(a[0]!) is PyStr ss ? ss.Value : throw PyExc.TypeError($"must be str or None, not {a[0]!.Type.Name}");
            if (sep.Length == 0) throw PyExc.ValueError("empty separator");
            if (!fromRight)
            {
                int pos = 0;
                while (parts.Count < maxsplit)
                {
                    int found = s.IndexOf(sep, pos, StringComparison.Ordinal);
                    if (found < 0) break;
                    parts.Add(s[pos..found]);
                    pos = found + sep.Length;
                }
                parts.Add(s[pos..]);
            }
            else
            {
                int end = s.Length;
                while (parts.Count < maxsplit && end > 0)
                {
                    int found = s.LastIndexOf(sep, end - 1, StringComparison.Ordinal);
                    if (found < 0 || found + sep.Length > end) break;
                    parts.Add(s[(found + sep.Length)..end]);
                    end = found;
                }
                parts.Add(s[..end]);
                parts.Reverse();
            }
        }
        var result = new PyList(parts.Count);
        foreach (var p in parts) result.Append(PyStr.From(p));
        return result;
    }

    private static PyObject Justify(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        Args.Check(args, kw, name, 1, 2, 1);
        var self = S(args);
        long width = PyOps.AsIndex(args[1]);
        if (width > int.MaxValue / 4) throw PyExc.MemoryError("");
        string fill = " ";
        if (args.Length > 2)
        {
            if (PyOps.Unwrap(args[2]) is not PyStr f || f.Length != 1)
                throw PyExc.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        int n = self.Length;
        if (width <= n) return self;
        int pad = (int)width - n;
        string Repeat(int k) => string.Concat(Enumerable.Repeat(fill, k));
        return name switch
        {
            "ljust" => PyStr.From(self.Value + Repeat(pad)),
            "rjust" => PyStr.From(Repeat(pad) + self.Value),
            // CPython puts the extra character on the left when both the padding and the width are odd.
            _ => PyStr.From(Repeat(pad / 2 + (pad & (int)width & 1)) + self.Value + Repeat(pad - pad / 2 - (pad & (int)width & 1))),
        };
    }

    private static PyObject Partition(ReadOnlySpan<PyObject> args, PyTuple? kw, bool fromRight)
    {
        Args.Check(args, kw, fromRight ? "rpartition" : "partition", 1, 1, 1);
        var s = S(args).Value;
        var sep = ArgStr(args[1], "partition").Value;
        if (sep.Length == 0) throw PyExc.ValueError("empty separator");
        int found = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (found < 0)
            return fromRight ? PyTuple.Create(PyStr.Empty, PyStr.Empty, S(args)) : PyTuple.Create(S(args), PyStr.Empty, PyStr.Empty);
        return PyTuple.Create(PyStr.From(s[..found]), PyStr.From(sep), PyStr.From(s[(found + sep.Length)..]));
    }
}
