using Warden.Modules.Sre;
using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_sre</c> module under CPython's <c>re</c> package. <c>re._parser</c> validates the
/// pattern (with CPython's error messages) and <c>re._compiler</c> produces a code list; we take
/// the pattern source from the same call and compile it with Warden's engine, whose semantics
/// follow CPython's matcher. A pattern built without source text (re.Scanner's combined
/// SubPattern) cannot be compiled this way and raises NotImplementedError.
/// </summary>
internal static class SreModule
{
    /// <summary>re._compiler asserts that this equals its own MAGIC.</summary>
    private const long Magic = 20220615;

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_sre");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));

        d.SetStr("MAGIC", PyInt.FromLong(Magic));
        d.SetStr("CODESIZE", PyInt.FromLong(4));
        d.SetStr("MAXREPEAT", PyInt.FromLong(uint.MaxValue));
        d.SetStr("MAXGROUPS", PyInt.FromLong(int.MaxValue / 2));
        d.SetStr("copyright", PyStr.From(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));

        Fn("getcodesize", (args, kw) => { Args.Check(args, kw, "getcodesize", 0, 0); return PyInt.FromLong(4); });
        Fn("ascii_iscased", (args, kw) =>
        {
            int c = CharArgument(args, kw, "ascii_iscased");
            return PyInt.FromBool(c < 128 && char.IsAsciiLetter((char)c));
        });
        Fn("unicode_iscased", (args, kw) =>
        {
            int c = CharArgument(args, kw, "unicode_iscased");
            return PyInt.FromBool(c != SimpleLower(c) || c != SimpleUpper(c));
        });
        Fn("ascii_tolower", (args, kw) =>
        {
            int c = CharArgument(args, kw, "ascii_tolower");
            return PyInt.FromLong(c < 128 && char.IsAsciiLetterUpper((char)c) ? c + 32 : c);
        });
        Fn("unicode_tolower", (args, kw) => PyInt.FromLong(SimpleLower(CharArgument(args, kw, "unicode_tolower"))));
        Fn("compile", Compile);
        return module;
    }

    private static int CharArgument(ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        Args.Check(args, kw, name, 1, 1);
        long c = PyOps.AsIndex(args[0]);
        return c is < 0 or > int.MaxValue ? -1 : (int)c;
    }

    // Invariant-culture casing is the Unicode simple case mapping (our build runs without ICU).
    private static int SimpleLower(int c)
    {
        if (c is < 0 or > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return c;
        string s = char.ConvertFromUtf32(c).ToLowerInvariant();
        return char.ConvertToUtf32(s, 0);
    }

    private static int SimpleUpper(int c)
    {
        if (c is < 0 or > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) return c;
        string s = char.ConvertFromUtf32(c).ToUpperInvariant();
        return char.ConvertToUtf32(s, 0);
    }

    /// <summary>compile(pattern, flags, code, groups, groupindex, indexgroup).</summary>
    private static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = ClinicArgs.Parse(args, kw, "compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);
        var source = a[0]!;
        int flags = (int)PyOps.AsIndex(a[1]!);
        if (PyOps.Unwrap(a[2]!) is not PyList) throw PyExc.TypeError($"compile() argument 'code' must be list, not {a[2]!.Type.Name}");
        int groups = (int)PyOps.AsIndex(a[3]!);
        if (PyOps.Unwrap(a[4]!) is not PyDict groupIndex) throw PyExc.TypeError($"compile() argument 'groupindex' must be dict, not {a[4]!.Type.Name}");
        if (PyOps.Unwrap(a[5]!) is not PyTuple indexGroup) throw PyExc.TypeError($"compile() argument 'indexgroup' must be tuple, not {a[5]!.Type.Name}");

        var value = PyOps.Unwrap(source);
        RegexPattern regex;
        // TEMPLATE and DEBUG change nothing in matching; the engine only needs the rest.
        var engineFlags = (RegexFlags)(flags & ~(int)(RegexFlags.Template | RegexFlags.Debug));
        if (value is PyStr s)
            regex = SreErrors.Run(() => RegexPattern.Compile(s.Value, engineFlags));
        else if (BytesMethods.TryGetBytes(value) is { } bytes)
            regex = SreErrors.Run(() => RegexPattern.Compile(bytes, engineFlags));
        else
            throw PyExc.NotImplementedError("_sre.compile needs the pattern's source text (patterns assembled from parsed pieces, such as re.Scanner's, are not supported)");
        return new SrePatternObject(regex, source, flags, groups, groupIndex, indexGroup);
    }
}
