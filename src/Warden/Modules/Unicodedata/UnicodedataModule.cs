using System.Globalization;
using System.Text;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>unicodedata</c> module (Unicode 14, as CPython 3.11): character properties, names and
/// the four normalization forms. Not provided: <c>ucd_3_2_0</c> (the Unicode 3.2 database that
/// IDNA's stringprep uses) and lookup of named sequences.
/// </summary>
internal static class UnicodedataModule
{
    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("unicodedata");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        void Property(string name, Func<UnicodeProperties, PyObject> get) => Fn(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 1, 1);
            return get(UnicodeDatabase.Get(Character(args[0], name)));
        });
        void Numeric(string name, Func<UnicodeProperties, PyObject?> get, string error) => Fn(name, (args, kw) =>
        {
            Args.Check(args, kw, name, 1, 2);
            var value = get(UnicodeDatabase.Get(Character(args[0], name)));
            if (value is not null) return value;
            return args.Length > 1 ? args[1] : throw PyExc.ValueError(error);
        });

        d.SetStr("unidata_version", PyStr.From("14.0.0"));
        Property("category", p => PyStr.From(p.Category));
        Property("bidirectional", p => PyStr.From(p.Bidirectional));
        Property("combining", p => PyInt.FromLong(p.Combining));
        Property("east_asian_width", p => PyStr.From(p.EastAsianWidth));
        Property("mirrored", p => PyInt.FromLong(p.Mirrored ? 1 : 0));
        Property("decomposition", p => PyStr.From(p.Decomposition));
        Numeric("decimal", p => p.Decimal is int v ? PyInt.FromLong(v) : null, "not a decimal");
        Numeric("digit", p => p.Digit is int v ? PyInt.FromLong(v) : null, "not a digit");
        Numeric("numeric", p => p.Numeric is double v ? new PyFloat(v) : null, "not a numeric character");
        Fn("name", (args, kw) =>
        {
            Args.Check(args, kw, "name", 1, 2);
            int c = Character(args[0], "name");
            if (UnicodeNames.TryGetName(c, out string name)) return PyStr.From(name);
            return args.Length > 1 ? args[1] : throw PyExc.ValueError("no such name");
        });
        Fn("lookup", (args, kw) =>
        {
            Args.Check(args, kw, "lookup", 1, 1);
            string name = PyOps.Unwrap(args[0]) switch
            {
                PyStr s => s.Value,
                var other => Encoding.Latin1.GetString(BytesMethods.BytesLike(other)),
            };
            if (UnicodeNames.TryLookup(name, out int codePoint)) return PyStr.FromCodePoint(codePoint);
            throw PyExc.KeyError(PyStr.From($"undefined character name '{name}'"));
        });
        Fn("normalize", (args, kw) =>
        {
            Args.Check(args, kw, "normalize", 2, 2);
            string form = Form(args[0], "normalize");
            var text = Text(args[1], "normalize");
            var result = UnicodeNormalizer.Normalize(text.CodePoints(), form);
            return PyStr.From(Warden.Objects.UnicodeProperties.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result)));
        });
        Fn("is_normalized", (args, kw) =>
        {
            Args.Check(args, kw, "is_normalized", 2, 2);
            string form = Form(args[0], "is_normalized");
            var text = Text(args[1], "is_normalized");
            var result = UnicodeNormalizer.Normalize(text.CodePoints(), form);
            return PyInt.FromBool(result.SequenceEqual(text.CodePoints()));
        });
        return module;
    }

    private static string Form(PyObject o, string function)
    {
        if (PyOps.Unwrap(o) is not PyStr s) throw PyExc.TypeError($"{function}() argument 1 must be str, not {o.Type.Name}");
        return s.Value is "NFC" or "NFD" or "NFKC" or "NFKD" ? s.Value : throw PyExc.ValueError("invalid normalization form");
    }

    private static PyStr Text(PyObject o, string function) =>
        PyOps.Unwrap(o) as PyStr ?? throw PyExc.TypeError($"{function}() argument 2 must be str, not {o.Type.Name}");

    /// <summary>A one-character str argument, with CPython's message otherwise.</summary>
    private static int Character(PyObject o, string function)
    {
        if (PyOps.Unwrap(o) is PyStr { Length: 1 } s) return s.CodePointAt(0);
        throw PyExc.TypeError($"{function}() argument must be a unicode character, not {o.Type.Name}");
    }
}
