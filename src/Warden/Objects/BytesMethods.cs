using System.Text;
using Warden.Compiler;
using Warden.Runtime;

namespace Warden.Objects;

/// <summary>
/// The methods of <c>bytes</c> and <c>bytearray</c> (shared: both are installed from one table, results keep
/// the receiver's type) plus bytearray's mutators. Text-like operations work on a Latin-1 view of the bytes,
/// which maps each byte to one char, so ordinal string searching gives byte semantics.
/// </summary>
internal static class BytesMethods
{
    private const string AsciiWhitespace = " \t\n\r\x0b\x0c";

    // ---- conversions ----

    /// <summary>The content of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? TryGetBytes(PyObject o) => PyOps.Unwrap(o) switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Data.ToArray(),
        PyMemoryView mv => Live(mv).ToBytes(),
        _ => null,
    };

    /// <summary>The content of a bytes-like argument; TypeError with CPython's wording otherwise.</summary>
    public static byte[] BytesLike(PyObject o)
        => TryGetBytes(o) ?? throw PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static string L(byte[] b) => Encoding.Latin1.GetString(b);
    private static byte[] B(string s) => Encoding.Latin1.GetBytes(s);

    private static byte[] Self(ReadOnlySpan<PyObject> args) => TryGetBytes(args[0])!;

    private static PyMemoryView Live(PyMemoryView mv)
        => mv.Released ? throw PyExc.ValueError("operation forbidden on released memoryview object") : mv;

    private static byte ByteValue(PyObject o, string message = "byte must be in range(0, 256)")
    {
        var i = PyOps.Index(o);
        if (!i.IsSmall || i.Small is < 0 or > 255) throw PyExc.ValueError(message);
        return (byte)i.Small;
    }

    /// <summary>A search needle: an int byte or a bytes-like object.</summary>
    private static string Needle(PyObject o)
    {
        var u = PyOps.Unwrap(o);
        if (u is PyInt || (u is not PyStr && u.Type.Lookup("__index__") is not null)) return ((char)ByteValue(u)).ToString();
        var b = TryGetBytes(u) ?? throw PyExc.TypeError($"argument should be integer or bytes-like object, not '{o.Type.Name}'");
        return L(b);
    }

    /// <summary>bytes(x) / bytearray(x) conversion of a single source object.</summary>
    private static byte[] FromObject(PyObject source, string typeName)
    {
        var u = PyOps.Unwrap(source);
        if (TryGetBytes(u) is { } direct) return (byte[])direct.Clone();
        if (u is PyStr) throw PyExc.TypeError("string argument without an encoding");
        if (u is PyInt || u.Type.Lookup("__index__") is not null)
        {
            long n = PyOps.AsIndex(u);
            if (n < 0) throw PyExc.ValueError("negative count");
            return new byte[n];
        }
        if (u.Type.GetSlots().Iter is null && u.Type.Lookup("__getitem__") is null && u is not (PyList or PyTuple))
            throw PyExc.TypeError($"cannot convert '{source.Type.Name}' object to {typeName}");
        var result = new List<byte>();
        var it = PyOps.GetIter(u);
        while (PyOps.TryNext(it, out var item)) result.Add(ByteValue(item, "bytes must be in range(0, 256)"));
        return result.ToArray();
    }

    private static byte[] Construct(ReadOnlySpan<PyObject> args, PyTuple? kw, string typeName, bool allowDunderBytes)
    {
        var a = Args.Parse(args, kw, typeName, ["source", "encoding", "errors"], 0);
        if (a[0] is null)
        {
            if (a[1] is not null) throw PyExc.TypeError("encoding without a string argument");
            if (a[2] is not null) throw PyExc.TypeError("errors without a string argument");
            return [];
        }
        if (a[1] is not null && a[1] is not PyStr) throw PyExc.TypeError($"{typeName}() argument 'encoding' must be str, not {a[1]!.Type.Name}");
        if (a[2] is not null && a[2] is not PyStr) throw PyExc.TypeError($"{typeName}() argument 'errors' must be str, not {a[2]!.Type.Name}");
        var src = PyOps.Unwrap(a[0]!);
        if (src is PyStr s)
        {
            if (a[1] is null) throw PyExc.TypeError("string argument without an encoding");
            return Codecs.Encode(s.Value, ((PyStr)a[1]!).Value, a[2] is PyStr es ? es.Value : "strict");
        }
        if (a[1] is not null) throw PyExc.TypeError("encoding without a string argument");
        if (a[2] is not null) throw PyExc.TypeError("errors without a string argument");
        if (allowDunderBytes && a[0]!.Type.Lookup("__bytes__") is { } dunder)
        {
            var r = PyOps.CallSpecial(dunder, a[0]!);
            if (PyOps.Unwrap(r) is not PyBytes rb) throw PyExc.TypeError($"__bytes__ returned non-bytes (type {r.Type.Name})");
            return rb.Value;
        }
        return FromObject(a[0]!, typeName);
    }

    // ---- installation ----

    public static void Install()
    {
        var bytes = TypeObjects.Bytes;
        var bytearray = TypeObjects.ByteArray;
        bytes.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var value = new PyBytes(Construct(args[1..], kw, "bytes", allowDunderBytes: true));
            return ReferenceEquals(cls, TypeObjects.Bytes) ? value : new PyInstance(cls) { BuiltinValue = value };
        })));
        bytearray.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var value = new PyByteArray([]);
            return ReferenceEquals(cls, TypeObjects.ByteArray) ? value : new PyInstance(cls) { BuiltinValue = value };
        })));
        bytearray.AddMethod("__init__", (args, kw) =>
        {
            var ba = (PyByteArray)PyOps.Unwrap(args[0]);
            var data = Construct(args[1..], kw, "bytearray", allowDunderBytes: false);
            ba.Data.Clear();
            ba.Data.AddRange(data);
            return PyNone.Instance;
        });
        bytes.AddMethod("__hash__", (args, kw) => PyInt.FromLong(PyStr.From(L(Self(args))).Hash));
        bytearray.Dict.SetStr("__hash__", PyNone.Instance);
        bytes.AddMethod("__bytes__", (args, kw) => new PyBytes(Self(args)));
        bytes.AddMethod("__getnewargs__", (args, kw) => PyTuple.Create(new PyBytes(Self(args))));

        InstallCommon(bytes, data => new PyBytes(data));
        InstallCommon(bytearray, data => new PyByteArray(data));
        InstallByteArrayMutators(bytearray);
        InstallMemoryView();
        MiscMethods.InstallIterator(TypeObjects.BytesIterator);
        MiscMethods.InstallIterator(TypeObjects.ByteArrayIterator);
    }

    private static void InstallCommon(PyType t, Func<byte[], PyObject> make)
    {
        bool isBytes = ReferenceEquals(t, TypeObjects.Bytes);
        string name = t.Name;
        PyObject Make(string s) => make(B(s));
        t.AddMethod("__repr__", (args, kw) =>
        {
            string r = PyRepr.BytesRepr(Self(args));
            // bytearray's repr escapes a single quote even inside double quotes.
            if (!isBytes && r.StartsWith("b\"", StringComparison.Ordinal)) r = r.Replace("'", "\\'");
            return PyStr.From(isBytes ? r : $"{args[0].Type.Name}({r})");
        });
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(Self(args).Length));
        t.AddMethod("__iter__", (args, kw) => new PyBytesIterator(PyOps.Unwrap(args[0]), isBytes ? TypeObjects.BytesIterator : TypeObjects.ByteArrayIterator));
        t.AddMethod("__contains__", (args, kw) =>
        {
            var u = PyOps.Unwrap(args[1]);
            string needle = u is PyInt || u.Type.Lookup("__index__") is not null ? ((char)ByteValue(u)).ToString() : L(BytesLike(u));
            return PyInt.FromBool(L(Self(args)).Contains(needle, StringComparison.Ordinal));
        });
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var data = Self(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var r = SliceIndices.Resolve(slice, data.Length);
                var result = new byte[r.Count];
                for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) result[i] = data[k];
                return make(result);
            }
            if (key is PyInt || key.Type.Lookup("__index__") is not null)
            {
                long i = PyOps.AsSubscriptIndex(key);
                if (i < 0) i += data.Length;
                if ((ulong)i >= (ulong)data.Length) throw PyExc.IndexError(isBytes ? "index out of range" : "bytearray index out of range");
                return PyInt.FromLong(data[i]);
            }
            throw PyExc.TypeError($"{(isBytes ? "byte" : "bytearray")} indices must be integers or slices, not {key.Type.Name}");
        });
        t.AddMethod("__add__", (args, kw) =>
        {
            var other = TryGetBytes(args[1]);
            if (other is null) return PyNotImplemented.Instance;
            return make([.. Self(args), .. other]);
        });
        t.AddMethod("__mul__", (args, kw) => Repeat(Self(args), args[1], make));
        t.AddMethod("__rmul__", (args, kw) => Repeat(Self(args), args[1], make));
        t.AddMethod("__mod__", (args, kw) => make(BytesFormatting.Format(Self(args), args[1])));
        t.AddMethod("__rmod__", (args, kw) => PyNotImplemented.Instance);
        string[] comparisons = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < comparisons.Length; i++)
        {
            var op = (ComparisonOperator)i;
            t.AddMethod(comparisons[i], (args, kw) =>
            {
                var other = PyOps.Unwrap(args[1]) is PyBytes or PyByteArray or PyMemoryView ? TryGetBytes(args[1]) : null;
                if (other is null) return PyNotImplemented.Instance;
                int c = Self(args).AsSpan().SequenceCompareTo(other);
                return PyInt.FromBool(op switch
                {
                    ComparisonOperator.Less => c < 0,
                    ComparisonOperator.LessEqual => c <= 0,
                    ComparisonOperator.Equal => c == 0,
                    ComparisonOperator.NotEqual => c != 0,
                    ComparisonOperator.Greater => c > 0,
                    _ => c >= 0,
                });
            });
        }

        t.AddMethod("decode", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "decode", ["encoding", "errors"], 0);
            if (a[0] is not null and not PyStr) throw PyExc.TypeError($"decode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            if (a[1] is not null and not PyStr) throw PyExc.TypeError($"decode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            return PyStr.From(Codecs.Decode(Self(args), (a[0] as PyStr)?.Value ?? "utf-8", (a[1] as PyStr)?.Value ?? "strict"));
        });
        t.AddMethod("hex", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "hex", ["sep", "bytes_per_sep"], 0);
            return PyStr.From(Hex(Self(args), a[0], a[1]));
        });
        t.AddClassMethod("fromhex", (args, kw) =>
        {
            Args.Check(args, kw, "fromhex", 1, 1, 1);
            if (args[1] is not PyStr s) throw PyExc.TypeError($"fromhex() argument must be str, not {args[1].Type.Name}");
            var value = make(FromHex(s.Value));
            return ReferenceEquals(args[0], t) ? value : PyOps.Call1(args[0], value);
        });
        t.AddStaticMethod("maketrans", (args, kw) =>
        {
            Args.Check(args, kw, "maketrans", 2, 2);
            var from = BytesLike(args[0]);
            var to = BytesLike(args[1]);
            if (from.Length != to.Length) throw PyExc.ValueError("maketrans arguments must have same length");
            var table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte)i;
            for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
            return new PyBytes(table);
        });
        t.AddMethod("translate", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "translate", ["table", "delete"], 1, positionalOnly: 1);
            byte[]? table = a[0] is PyNone ? null : BytesLike(a[0]!);
            if (table is not null && table.Length != 256) throw PyExc.ValueError("translation table must be 256 characters long");
            var delete = a[1] is null ? [] : BytesLike(a[1]!);
            var result = new List<byte>();
            foreach (var b in Self(args))
            {
                if (Array.IndexOf(delete, b) >= 0) continue;
                result.Add(table is null ? b : table[b]);
            }
            return make(result.ToArray());
        });

        t.AddMethod("join", (args, kw) =>
        {
            Args.Check(args, kw, "join", 1, 1, 1);
            var sep = Self(args);
            var result = new List<byte>();
            int index = 0;
            var it = PyOps.GetIter(args[1]);
            while (PyOps.TryNext(it, out var item))
            {
                var part = TryGetBytes(item) ?? throw PyExc.TypeError($"sequence item {index}: expected a bytes-like object, {item.Type.Name} found");
                if (index > 0) result.AddRange(sep);
                result.AddRange(part);
                index++;
            }
            return make(result.ToArray());
        });
        t.AddMethod("split", (args, kw) => Split(args, kw, "split", make, fromRight: false));
        t.AddMethod("rsplit", (args, kw) => Split(args, kw, "rsplit", make, fromRight: true));
        t.AddMethod("splitlines", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "splitlines", ["keepends"], 0);
            bool keep = a[0] is not null && PyOps.IsTrue(a[0]!);
            var s = L(Self(args));
            var result = new PyList();
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] is not ('\n' or '\r')) continue;
                int end = i;
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                result.Append(Make(s[start..(keep ? i + 1 : end)]));
                start = i + 1;
            }
            if (start < s.Length) result.Append(Make(s[start..]));
            return result;
        });
        foreach (var (method, left, right) in new[] { ("strip", true, true), ("lstrip", true, false), ("rstrip", false, true) })
        {
            t.AddMethod(method, (args, kw) =>
            {
                Args.Check(args, kw, method, 0, 1, 1);
                string chars = args.Length < 2 || args[1] is PyNone ? AsciiWhitespace : L(BytesLike(args[1]));
                var s = L(Self(args));
                int start = 0, end = s.Length;
                if (left) while (start < end && chars.Contains(s[start])) start++;
                if (right) while (end > start && chars.Contains(s[end - 1])) end--;
                return Make(s[start..end]);
            });
        }
        foreach (var (method, reverse, raise) in new[] { ("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true) })
        {
            t.AddMethod(method, (args, kw) =>
            {
                Args.Check(args, kw, method, 1, 3, 1);
                var (text, offset) = Window(Self(args), args, 2);
                string needle = Needle(args[1]);
                int found = text is null ? -1 : reverse ? text.LastIndexOf(needle, StringComparison.Ordinal) : text.IndexOf(needle, StringComparison.Ordinal);
                if (found < 0)
                {
                    if (raise) throw PyExc.ValueError("subsection not found");
                    return PyInt.FromLong(-1);
                }
                return PyInt.FromLong(found + offset);
            });
        }
        t.AddMethod("count", (args, kw) =>
        {
            Args.Check(args, kw, "count", 1, 3, 1);
            var (text, _) = Window(Self(args), args, 2);
            string needle = Needle(args[1]);
            if (text is null) return PyInt.Zero;
            if (needle.Length == 0) return PyInt.FromLong(text.Length + 1);
            int count = 0;
            for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) count++;
            return PyInt.FromLong(count);
        });
        foreach (var (method, atEnd) in new[] { ("startswith", false), ("endswith", true) })
        {
            t.AddMethod(method, (args, kw) =>
            {
                Args.Check(args, kw, method, 1, 3, 1);
                var (text, _) = Window(Self(args), args, 2);
                PyObject[] candidates = PyOps.Unwrap(args[1]) is PyTuple tuple ? tuple.Items : [args[1]];
                foreach (var candidate in candidates)
                {
                    var b = TryGetBytes(candidate) ?? throw PyExc.TypeError(
                        $"{method} first arg must be bytes or a tuple of bytes, not {candidate.Type.Name}");
                    if (text is null) continue;
                    var p = L(b);
                    if (atEnd ? text.EndsWith(p, StringComparison.Ordinal) : text.StartsWith(p, StringComparison.Ordinal)) return PyInt.True;
                }
                return PyInt.False;
            });
        }
        t.AddMethod("replace", (args, kw) =>
        {
            Args.Check(args, kw, "replace", 2, 3, 1);
            string old = L(BytesLike(args[1])), replacement = L(BytesLike(args[2]));
            long count = args.Length > 3 ? PyOps.AsIndex(args[3]) : -1;
            return Make(Replace(L(Self(args)), old, replacement, count));
        });
        t.AddMethod("removeprefix", (args, kw) =>
        {
            Args.Check(args, kw, "removeprefix", 1, 1, 1);
            string s = L(Self(args)), p = L(BytesLike(args[1]));
            return Make(s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s);
        });
        t.AddMethod("removesuffix", (args, kw) =>
        {
            Args.Check(args, kw, "removesuffix", 1, 1, 1);
            string s = L(Self(args)), p = L(BytesLike(args[1]));
            return Make(p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s);
        });
        foreach (var (method, fromRight) in new[] { ("partition", false), ("rpartition", true) })
        {
            t.AddMethod(method, (args, kw) =>
            {
                Args.Check(args, kw, method, 1, 1, 1);
                string s = L(Self(args)), sep = L(BytesLike(args[1]));
                if (sep.Length == 0) throw PyExc.ValueError("empty separator");
                int i = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
                if (i < 0)
                    return fromRight ? PyTuple.Create(Make(""), Make(""), Make(s)) : PyTuple.Create(Make(s), Make(""), Make(""));
                return PyTuple.Create(Make(s[..i]), Make(sep), Make(s[(i + sep.Length)..]));
            });
        }

        t.AddMethod("upper", (args, kw) => Make(MapAscii(L(Self(args)), char.ToUpperInvariant)));
        t.AddMethod("lower", (args, kw) => Make(MapAscii(L(Self(args)), char.ToLowerInvariant)));
        t.AddMethod("swapcase", (args, kw) => Make(MapAscii(L(Self(args)), c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))));
        t.AddMethod("capitalize", (args, kw) =>
        {
            var s = L(Self(args));
            if (s.Length == 0) return make([]);
            return Make(MapAscii(s[..1], char.ToUpperInvariant) + MapAscii(s[1..], char.ToLowerInvariant));
        });
        t.AddMethod("title", (args, kw) =>
        {
            var sb = new StringBuilder();
            bool previousCased = false;
            foreach (char c in L(Self(args)))
            {
                bool cased = char.IsAsciiLetter(c);
                sb.Append(!cased ? c : previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                previousCased = cased;
            }
            return Make(sb.ToString());
        });
        InstallPredicate(t, "isalpha", s => s.Length > 0 && s.All(char.IsAsciiLetter));
        InstallPredicate(t, "isdigit", s => s.Length > 0 && s.All(char.IsAsciiDigit));
        InstallPredicate(t, "isalnum", s => s.Length > 0 && s.All(char.IsAsciiLetterOrDigit));
        InstallPredicate(t, "isspace", s => s.Length > 0 && s.All(c => AsciiWhitespace.Contains(c)));
        InstallPredicate(t, "isascii", s => s.All(c => c < 128));
        InstallPredicate(t, "islower", s => s.Any(char.IsAsciiLetterLower) && !s.Any(char.IsAsciiLetterUpper));
        InstallPredicate(t, "isupper", s => s.Any(char.IsAsciiLetterUpper) && !s.Any(char.IsAsciiLetterLower));
        InstallPredicate(t, "istitle", IsTitle);
        foreach (var method in new[] { "center", "ljust", "rjust" })
        {
            t.AddMethod(method, (args, kw) =>
            {
                Args.Check(args, kw, method, 1, 2, 1);
                long width = PyOps.AsIndex(args[1]);
                char fill = ' ';
                if (args.Length > 2)
                {
                    var f = PyOps.Unwrap(args[2]) is PyBytes or PyByteArray ? TryGetBytes(args[2]) : null;
                    if (f is null || f.Length != 1)
                        throw PyExc.TypeError($"{method}() argument 2 must be a byte string of length 1, not {args[2].Type.Name}");
                    fill = (char)f[0];
                }
                var s = L(Self(args));
                if (width <= s.Length) return make(Self(args));
                int pad = (int)width - s.Length;
                int left = method switch
                {
                    "ljust" => 0,
                    "rjust" => pad,
                    _ => pad / 2 + (pad & (int)width & 1),
                };
                return Make(new string(fill, left) + s + new string(fill, pad - left));
            });
        }
        t.AddMethod("zfill", (args, kw) =>
        {
            Args.Check(args, kw, "zfill", 1, 1, 1);
            long width = PyOps.AsIndex(args[1]);
            var s = L(Self(args));
            if (width <= s.Length) return make(Self(args));
            int pad = (int)width - s.Length;
            if (s.Length > 0 && s[0] is '+' or '-') return Make(s[0] + new string('0', pad) + s[1..]);
            return Make(new string('0', pad) + s);
        });
        t.AddMethod("expandtabs", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "expandtabs", ["tabsize"], 0);
            long tab = a[0] is null ? 8 : PyOps.AsIndex(a[0]!);
            var sb = new StringBuilder();
            int column = 0;
            foreach (char c in L(Self(args)))
            {
                if (c == '\t')
                {
                    if (tab > 0)
                    {
                        int spaces = (int)(tab - column % tab);
                        sb.Append(' ', spaces);
                        column += spaces;
                    }
                }
                else if (c is '\n' or '\r') { sb.Append(c); column = 0; }
                else { sb.Append(c); column++; }
            }
            return Make(sb.ToString());
        });
    }

    private static void InstallPredicate(PyType t, string name, Func<string, bool> test)
        => t.AddMethod(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 0, 0, 1);
            return PyInt.FromBool(test(L(Self(args))));
        });

    private static bool IsTitle(string s)
    {
        bool previousCased = false, any = false;
        foreach (char c in s)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                if (previousCased) return false;
                previousCased = any = true;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                if (!previousCased) return false;
                any = true;
            }
            else previousCased = false;
        }
        return any;
    }

    private static string MapAscii(string s, Func<char, char> map)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (chars[i] < 128) chars[i] = map(chars[i]);
        return new string(chars);
    }

    private static PyObject Repeat(byte[] data, PyObject count, Func<byte[], PyObject> make)
    {
        var u = PyOps.Unwrap(count);
        if (u is not PyInt && u.Type.Lookup("__index__") is null) return PyNotImplemented.Instance;
        long n = Math.Max(0, PyOps.AsIndex(u));
        if (n * data.Length > Array.MaxLength) throw PyExc.MemoryError("");
        var result = new byte[n * data.Length];
        for (long i = 0; i < n; i++) Array.Copy(data, 0, result, i * data.Length, data.Length);
        return make(result);
    }

    /// <summary>The [start:end] window of a search, as Latin-1 text plus its offset; null text when the window is empty and out of range.</summary>
    private static (string? Text, int Offset) Window(byte[] data, ReadOnlySpan<PyObject> args, int firstIndex)
    {
        long n = data.Length, start = 0, end = n;
        if (args.Length > firstIndex && args[firstIndex] is not PyNone) start = PyOps.AsIndex(args[firstIndex]);
        if (args.Length > firstIndex + 1 && args[firstIndex + 1] is not PyNone) end = PyOps.AsIndex(args[firstIndex + 1]);
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n);
        if (end > n) end = n;
        if (start > n) return (null, 0);
        if (end < start) end = start;
        return (Encoding.Latin1.GetString(data, (int)start, (int)(end - start)), (int)start);
    }

    private static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0) count = long.MaxValue;
        var sb = new StringBuilder();
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; i <= s.Length; i++)
            {
                if (done < count) { sb.Append(replacement); done++; }
                if (i < s.Length) sb.Append(s[i]);
            }
            return sb.ToString();
        }
        int position = 0;
        long replaced = 0;
        while (replaced < count)
        {
            int found = s.IndexOf(old, position, StringComparison.Ordinal);
            if (found < 0) break;
            sb.Append(s, position, found - position).Append(replacement);
            position = found + old.Length;
            replaced++;
        }
        sb.Append(s, position, s.Length - position);
        return sb.ToString();
    }

    private static PyObject Split(ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Func<byte[], PyObject> make, bool fromRight)
    {
        var a = Args.Parse(args[1..], kw, name, ["sep", "maxsplit"], 0);
        var s = L(Self(args));
        long max = a[1] is null ? -1 : PyOps.AsIndex(a[1]!);
        if (max < 0) max = long.MaxValue;
        var parts = new List<string>();
        if (a[0] is null or PyNone)
        {
            // Runs of ASCII whitespace separate; leading/trailing whitespace gives no empty parts.
            if (!fromRight)
            {
                int i = 0;
                while (true)
                {
                    while (i < s.Length && AsciiWhitespace.Contains(s[i])) i++;
                    if (i >= s.Length) break;
                    if (parts.Count == max) { parts.Add(s[i..]); break; }
                    int start = i;
                    while (i < s.Length && !AsciiWhitespace.Contains(s[i])) i++;
                    parts.Add(s[start..i]);
                }
            }
            else
            {
                int i = s.Length;
                while (true)
                {
                    while (i > 0 && AsciiWhitespace.Contains(s[i - 1])) i--;
                    if (i <= 0) break;
                    if (parts.Count == max) { parts.Add(s[..i]); break; }
                    int end = i;
                    while (i > 0 && !AsciiWhitespace.Contains(s[i - 1])) i--;
                    parts.Add(s[i..end]);
                }
                parts.Reverse();
            }
        }
        else
        {
            string sep = L(BytesLike(a[0]!));
            if (sep.Length == 0) throw PyExc.ValueError("empty separator");
            if (!fromRight)
            {
                int position = 0;
                while (parts.Count < max)
                {
                    int found = s.IndexOf(sep, position, StringComparison.Ordinal);
                    if (found < 0) break;
                    parts.Add(s[position..found]);
                    position = found + sep.Length;
                }
                parts.Add(s[position..]);
            }
            else
            {
                int end = s.Length;
                while (parts.Count < max && end >= 0)
                {
                    int found = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                    if (found < 0 || found + sep.Length > end) break;
                    parts.Add(s[(found + sep.Length)..end]);
                    end = found;
                }
                parts.Add(s[..end]);
                parts.Reverse();
            }
        }
        var result = new PyList();
        foreach (var p in parts) result.Append(make(B(p)));
        return result;
    }

    private static string Hex(byte[] data, PyObject? sepArg, PyObject? perSepArg)
    {
        string hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sepArg is null || data.Length == 0) return hex;
        string sep = sepArg is PyStr ss ? ss.Value : TryGetBytes(sepArg) is { } sb ? L(sb) : "";
        if (sepArg is not PyStr && TryGetBytes(sepArg) is null) PyOps.Length(sepArg);
        if (sep.Length != 1) throw PyExc.ValueError("sep must be length 1.");
        long per = perSepArg is null ? 1 : PyOps.AsIndex(perSepArg);
        if (per == 0) return hex;
        long group = Math.Abs(per);
        var builder = new StringBuilder();
        for (int i = 0; i < data.Length; i++)
        {
            // Positive counts group from the right, negative from the left.
            bool boundary = per > 0 ? i > 0 && (data.Length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary) builder.Append(sep);
            builder.Append(hex, i * 2, 2);
        }
        return builder.ToString();
    }

    private static byte[] FromHex(string s)
    {
        var result = new List<byte>();
        int i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]) && s[i] < 128) { i++; continue; }
            int high = HexDigit(s[i]);
            if (high < 0) throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= s.Length || HexDigit(s[i + 1]) < 0)
                throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            result.Add((byte)(high * 16 + HexDigit(s[i + 1])));
            i += 2;
        }
        return result.ToArray();
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // ---- bytearray mutators ----

    private static PyByteArray BA(ReadOnlySpan<PyObject> args) => (PyByteArray)PyOps.Unwrap(args[0]);

    private static List<byte> IterableBytes(PyObject o)
    {
        if (TryGetBytes(o) is { } direct) return [.. direct];
        if (PyOps.Unwrap(o) is PyStr) throw PyExc.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        var result = new List<byte>();
        var it = PyOps.GetIter(o);
        while (PyOps.TryNext(it, out var item)) result.Add(ByteValue(item));
        return result;
    }

    private static void InstallByteArrayMutators(PyType t)
    {
        t.AddMethod("__setitem__", (args, kw) =>
        {
            var ba = BA(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var values = PyOps.Unwrap(args[2]) is PyInt
                    ? throw PyExc.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                    : IterableBytes(args[2]);
                var r = SliceIndices.Resolve(slice, ba.Data.Count);
                if (r.Step == 1)
                {
                    ba.Data.RemoveRange((int)r.Start, (int)r.Count);
                    ba.Data.InsertRange((int)r.Start, values);
                    return PyNone.Instance;
                }
                if (values.Count != r.Count)
                    throw PyExc.ValueError($"attempt to assign bytes of size {values.Count} to extended slice of size {r.Count}");
                for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) ba.Data[(int)k] = values[(int)i];
                return PyNone.Instance;
            }
            if (key is PyInt || key.Type.Lookup("__index__") is not null)
            {
                long i = PyOps.AsSubscriptIndex(key);
                if (i < 0) i += ba.Data.Count;
                if ((ulong)i >= (ulong)ba.Data.Count) throw PyExc.IndexError("bytearray index out of range");
                ba.Data[(int)i] = ByteValue(args[2]);
                return PyNone.Instance;
            }
            throw PyExc.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        });
        t.AddMethod("__delitem__", (args, kw) =>
        {
            var ba = BA(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var r = SliceIndices.Resolve(slice, ba.Data.Count);
                if (r.Count == 0) return PyNone.Instance;
                var indices = new HashSet<long>();
                for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) indices.Add(k);
                var kept = ba.Data.Where((_, index) => !indices.Contains(index)).ToList();
                ba.Data.Clear();
                ba.Data.AddRange(kept);
                return PyNone.Instance;
            }
            if (key is PyInt || key.Type.Lookup("__index__") is not null)
            {
                long i = PyOps.AsSubscriptIndex(key);
                if (i < 0) i += ba.Data.Count;
                if ((ulong)i >= (ulong)ba.Data.Count) throw PyExc.IndexError("bytearray index out of range");
                ba.Data.RemoveAt((int)i);
                return PyNone.Instance;
            }
            throw PyExc.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        });
        t.AddMethod("__iadd__", (args, kw) =>
        {
            var other = TryGetBytes(args[1]);
            if (other is null) return PyNotImplemented.Instance;
            var ba = BA(args);
            ba.Data.AddRange(other);
            return args[0];
        });
        t.AddMethod("__imul__", (args, kw) =>
        {
            var ba = BA(args);
            if (Repeat(ba.Data.ToArray(), args[1], d => new PyBytes(d)) is not PyBytes repeated) return PyNotImplemented.Instance;
            ba.Data.Clear();
            ba.Data.AddRange(repeated.Value);
            return args[0];
        });
        t.AddMethod("append", (args, kw) =>
        {
            Args.Check(args, kw, "append", 1, 1, 1);
            var ba = BA(args);
            byte value = ByteValue(args[1]);
            ba.Data.Add(value);
            return PyNone.Instance;
        });
        t.AddMethod("extend", (args, kw) =>
        {
            Args.Check(args, kw, "extend", 1, 1, 1);
            var ba = BA(args);
            var u = PyOps.Unwrap(args[1]);
            if (u is not PyStr && TryGetBytes(u) is null && u.Type.GetSlots().Iter is null && u.Type.Lookup("__getitem__") is null)
                throw PyExc.TypeError($"can't extend bytearray with {args[1].Type.Name}");
            var values = u is PyStr ? throw PyExc.TypeError("'str' object cannot be interpreted as an integer") : IterableBytes(u);
            ba.Data.AddRange(values);
            return PyNone.Instance;
        });
        t.AddMethod("insert", (args, kw) =>
        {
            Args.Check(args, kw, "insert", 2, 2, 1);
            var ba = BA(args);
            long i = PyOps.AsIndex(args[1]);
            byte value = ByteValue(args[2]);
            int n = ba.Data.Count;
            if (i < 0) i = Math.Max(0, i + n);
            if (i > n) i = n;
            ba.Data.Insert((int)i, value);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (args, kw) =>
        {
            Args.Check(args, kw, "pop", 0, 1, 1);
            var ba = BA(args);
            if (ba.Data.Count == 0) throw PyExc.IndexError("pop from empty bytearray");
            long i = args.Length > 1 ? PyOps.AsIndex(args[1]) : -1;
            if (i < 0) i += ba.Data.Count;
            if ((ulong)i >= (ulong)ba.Data.Count) throw PyExc.IndexError("pop index out of range");
            byte value = ba.Data[(int)i];
            ba.Data.RemoveAt((int)i);
            return PyInt.FromLong(value);
        });
        t.AddMethod("remove", (args, kw) =>
        {
            Args.Check(args, kw, "remove", 1, 1, 1);
            var ba = BA(args);
            int i = ba.Data.IndexOf(ByteValue(args[1]));
            if (i < 0) throw PyExc.ValueError("value not found in bytearray");
            ba.Data.RemoveAt(i);
            return PyNone.Instance;
        });
        t.AddMethod("reverse", (args, kw) => { BA(args).Data.Reverse(); return PyNone.Instance; });
        t.AddMethod("clear", (args, kw) =>
        {
            var ba = BA(args);
            ba.Data.Clear();
            return PyNone.Instance;
        });
        t.AddMethod("copy", (args, kw) => new PyByteArray(BA(args).Data));
    }

    // ---- memoryview ----

    private static PyMemoryView MV(ReadOnlySpan<PyObject> args) => Live((PyMemoryView)args[0]);

    private static void InstallMemoryView()
    {
        var t = TypeObjects.MemoryView;
        t.Dict.SetStr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "memoryview", ["object"], 1);
            var source = PyOps.Unwrap(a[0]!);
            switch (source)
            {
                case PyBytes b: return new PyMemoryView(b, 0, 1, b.Value.Length);
                case PyByteArray ba:
                    return new PyMemoryView(ba, 0, 1, ba.Data.Count);
                case PyMemoryView mv:
                    Live(mv);
                    return new PyMemoryView(mv.Source, mv.Start, mv.Step, mv.Length);
            }
            throw PyExc.TypeError($"memoryview: a bytes-like object is required, not '{a[0]!.Type.Name}'");
        })));
        t.AddMethod("__len__", (args, kw) => PyInt.FromLong(MV(args).Length));
        t.AddMethod("__iter__", (args, kw) => new PyBytesIterator(MV(args), TypeObjects.BytesIterator));
        t.AddMethod("__repr__", (args, kw) =>
        {
            var mv = (PyMemoryView)args[0];
            return PyStr.From($"<{(mv.Released ? "released " : "")}memory at 0x{PyOps.Id(mv):x}>");
        });
        t.AddMethod("__hash__", (args, kw) =>
        {
            var mv = MV(args);
            if (!mv.ReadOnly) throw PyExc.ValueError("cannot hash writable memoryview object");
            return PyInt.FromLong(PyStr.From(L(mv.ToBytes())).Hash);
        });
        t.AddMethod("__getitem__", (args, kw) =>
        {
            var mv = MV(args);
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var r = SliceIndices.Resolve(slice, mv.Length);
                return new PyMemoryView(mv.Source, mv.Start + r.Start * mv.Step, mv.Step * r.Step, r.Count);
            }
            if (key is PyInt || key.Type.Lookup("__index__") is not null)
            {
                long i = PyOps.AsSubscriptIndex(key);
                if (i < 0) i += mv.Length;
                if ((ulong)i >= (ulong)mv.Length) throw PyExc.IndexError("index out of bounds on dimension 1");
                return PyInt.FromLong(mv.Get(i));
            }
            throw PyExc.TypeError("memoryview: invalid slice key");
        });
        t.AddMethod("__setitem__", (args, kw) =>
        {
            var mv = MV(args);
            if (mv.ReadOnly) throw PyExc.TypeError("cannot modify read-only memory");
            var key = PyOps.Unwrap(args[1]);
            if (key is PySlice slice)
            {
                var r = SliceIndices.Resolve(slice, mv.Length);
                var values = BytesLike(args[2]);
                if (values.Length != r.Count)
                    throw PyExc.ValueError("memoryview assignment: lvalue and rvalue have different structures");
                for (long i = 0, k = r.Start; i < r.Count; i++, k += r.Step) mv.Set(k, values[i]);
                return PyNone.Instance;
            }
            long index = PyOps.AsSubscriptIndex(key);
            if (index < 0) index += mv.Length;
            if ((ulong)index >= (ulong)mv.Length) throw PyExc.IndexError("index out of bounds on dimension 1");
            var value = PyOps.Unwrap(args[2]);
            if (value is not PyInt iv) throw PyExc.TypeError($"memoryview: invalid type for format 'B'");
            if (!iv.IsSmall || iv.Small is < 0 or > 255) throw PyExc.ValueError("memoryview: invalid value for format 'B'");
            mv.Set(index, (byte)iv.Small);
            return PyNone.Instance;
        });
        t.AddMethod("__eq__", (args, kw) =>
        {
            var mv = (PyMemoryView)args[0];
            if (ReferenceEquals(args[0], args[1])) return PyInt.True;
            if (mv.Released) return PyInt.False;
            var other = TryGetBytes(args[1]);
            if (other is null) return PyNotImplemented.Instance;
            return PyInt.FromBool(mv.ToBytes().AsSpan().SequenceEqual(other));
        });
        t.AddMethod("__ne__", (args, kw) =>
        {
            var eq = PyOps.CallSpecial(t.Lookup("__eq__")!, args[0], args[1]);
            return eq is PyNotImplemented ? eq : PyInt.FromBool(!PyOps.IsTrue(eq));
        });
        t.AddMethod("__enter__", (args, kw) => MV(args));
        t.AddMethod("__exit__", (args, kw) => { Release((PyMemoryView)args[0]); return PyNone.Instance; });
        t.AddMethod("release", (args, kw) => { Release((PyMemoryView)args[0]); return PyNone.Instance; });
        t.AddMethod("tobytes", (args, kw) => new PyBytes(MV(args).ToBytes()));
        t.AddMethod("tolist", (args, kw) =>
        {
            var list = new PyList();
            foreach (var b in MV(args).ToBytes()) list.Append(PyInt.FromLong(b));
            return list;
        });
        t.AddMethod("hex", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "hex", ["sep", "bytes_per_sep"], 0);
            return PyStr.From(Hex(MV(args).ToBytes(), a[0], a[1]));
        });
        t.AddMethod("cast", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "cast", ["format", "shape"], 1);
            if (a[0] is not PyStr { Value: "B" or "b" or "c" })
                throw PyExc.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            var mv = MV(args);
            return new PyMemoryView(mv.Source, mv.Start, mv.Step, mv.Length);
        });
        t.AddMethod("toreadonly", (args, kw) => new PyMemoryView(new PyBytes(MV(args).ToBytes()), 0, 1, MV(args).Length));
        t.AddGetter("obj", self => Live((PyMemoryView)self).Source);
        t.AddGetter("nbytes", self => PyInt.FromLong(Live((PyMemoryView)self).Length));
        t.AddGetter("readonly", self => PyInt.FromBool(Live((PyMemoryView)self).ReadOnly));
        t.AddGetter("format", self => { Live((PyMemoryView)self); return PyStr.From("B"); });
        t.AddGetter("itemsize", self => { Live((PyMemoryView)self); return PyInt.One; });
        t.AddGetter("ndim", self => { Live((PyMemoryView)self); return PyInt.One; });
        t.AddGetter("shape", self => PyTuple.Create(PyInt.FromLong(Live((PyMemoryView)self).Length)));
        t.AddGetter("strides", self => PyTuple.Create(PyInt.FromLong(Live((PyMemoryView)self).Step)));
        t.AddGetter("released", self => PyInt.FromBool(((PyMemoryView)self).Released));
        t.AddGetter("contiguous", self => PyInt.FromBool(Math.Abs(Live((PyMemoryView)self).Step) == 1));
        t.AddGetter("c_contiguous", self => PyInt.FromBool(Math.Abs(Live((PyMemoryView)self).Step) == 1));
    }

    private static void Release(PyMemoryView mv)
    {
        if (mv.Released) return;
        mv.Released = true;
    }
}
