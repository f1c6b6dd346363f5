using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_locale</c> module under CPython's <c>locale.py</c>. Warden formats and compares in the
/// C locale whatever the setting, so only "C"/"POSIX" and the UTF-8 C locale can be selected;
/// <c>LC_CTYPE</c> starts from the environment as CPython's start-up sets it.
/// </summary>
internal static class LocaleModule
{
    private static readonly (string Name, int Value)[] s_categories =
        [("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6)];

    private const int LcAll = 6;

    /// <summary>nl_langinfo items and their C-locale values.</summary>
    private static readonly (string Name, int Value, string Text)[] s_langInfo =
    [
        ("CODESET", 14, ""), ("RADIXCHAR", 65536, "."), ("THOUSEP", 65537, ""), ("D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"),
        ("D_FMT", 131113, "%m/%d/%y"), ("T_FMT", 131114, "%H:%M:%S"), ("T_FMT_AMPM", 131115, "%I:%M:%S %p"),
        ("AM_STR", 131110, "AM"), ("PM_STR", 131111, "PM"), ("ERA", 131116, ""), ("ERA_D_FMT", 131118, ""),
        ("ALT_DIGITS", 131119, ""), ("ERA_D_T_FMT", 131120, ""), ("ERA_T_FMT", 131121, ""), ("YESEXPR", 327680, "^[yY]"),
        ("NOEXPR", 327681, "^[nN]"), ("CRNCYSTR", 262159, "-"), ("_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"),
        ("ABDAY_1", 131072, "Sun"), ("ABDAY_2", 131073, "Mon"), ("ABDAY_3", 131074, "Tue"), ("ABDAY_4", 131075, "Wed"),
        ("ABDAY_5", 131076, "Thu"), ("ABDAY_6", 131077, "Fri"), ("ABDAY_7", 131078, "Sat"),
        ("DAY_1", 131079, "Sunday"), ("DAY_2", 131080, "Monday"), ("DAY_3", 131081, "Tuesday"), ("DAY_4", 131082, "Wednesday"),
        ("DAY_5", 131083, "Thursday"), ("DAY_6", 131084, "Friday"), ("DAY_7", 131085, "Saturday"),
        ("ABMON_1", 131086, "Jan"), ("ABMON_2", 131087, "Feb"), ("ABMON_3", 131088, "Mar"), ("ABMON_4", 131089, "Apr"),
        ("ABMON_5", 131090, "May"), ("ABMON_6", 131091, "Jun"), ("ABMON_7", 131092, "Jul"), ("ABMON_8", 131093, "Aug"),
        ("ABMON_9", 131094, "Sep"), ("ABMON_10", 131095, "Oct"), ("ABMON_11", 131096, "Nov"), ("ABMON_12", 131097, "Dec"),
        ("MON_1", 131098, "January"), ("MON_2", 131099, "February"), ("MON_3", 131100, "March"), ("MON_4", 131101, "April"),
        ("MON_5", 131102, "May"), ("MON_6", 131103, "June"), ("MON_7", 131104, "July"), ("MON_8", 131105, "August"),
        ("MON_9", 131106, "September"), ("MON_10", 131107, "October"), ("MON_11", 131108, "November"), ("MON_12", 131109, "December"),
    ];

    /// <summary>glibc's composite LC_ALL order, including the categories Python does not name.</summary>
    private static readonly string[] s_compositeOrder =
        ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS",
         "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"];

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_locale");
        var d = module.Dict;
        void Fn(string name, NativeFunction f) => d.SetStr(name, new PyBuiltinFunction(name, f));
        foreach (var (name, value) in s_categories) d.SetStr(name, PyInt.FromLong(value));
        foreach (var (name, value, _) in s_langInfo) d.SetStr(name, PyInt.FromLong(value));
        d.SetStr("CHAR_MAX", PyInt.FromLong(127));
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.From("locale"));
        var error = (PyType)PyOps.Call(TypeObjects.TypeType, [PyStr.From("Error"), PyTuple.Create(TypeObjects.Exception), ns], null);
        d.SetStr("Error", error);

        // Per category (by glibc name): the current locale name.
        var current = s_compositeOrder.ToDictionary(n => n, n => "C");
        current["LC_CTYPE"] = EnvironmentLocale("LC_CTYPE") is { } fromEnv && IsSupported(fromEnv) ? fromEnv : "C.UTF-8";

        string Query(int category)
        {
            if (category != LcAll) return current[CategoryName(category)];
            var distinct = current.Values.Distinct().ToArray();
            return distinct.Length == 1 ? distinct[0] : string.Join(";", s_compositeOrder.Select(n => $"{n}={current[n]}"));
        }

        Fn("setlocale", (args, kw) =>
        {
            var a = Args.Parse(args, kw, "setlocale", ["category", "locale"], 1);
            int category = (int)PyOps.AsIndex(a[0]!);
            if (category is < 0 or > LcAll) throw new PythonException((PyBaseException)PyOps.Call(error, [PyStr.From("invalid locale category")], null));
            if (a[1] is null or PyNone) return PyStr.From(Query(category));
            if (PyOps.Unwrap(a[1]!) is not PyStr requested)
                throw PyExc.TypeError($"setlocale() argument 'locale' must be str or None, not {a[1]!.Type.Name}");
            var names = category == LcAll ? s_compositeOrder : [CategoryName(category)];
            var chosen = new Dictionary<string, string>();
            foreach (var name in names)
            {
                string value = requested.Value.Length == 0 ? EnvironmentLocale(name) ?? "C" : requested.Value;
                if (!IsSupported(value)) throw new PythonException((PyBaseException)PyOps.Call(error, [PyStr.From("unsupported locale setting")], null));
                chosen[name] = value;
            }
            foreach (var (name, value) in chosen) current[name] = value;
            return PyStr.From(Query(category));
        });
        Fn("localeconv", (args, kw) =>
        {
            var conv = new PyDict();
            foreach (var key in new[] { "int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep" })
                conv.SetStr(key, PyStr.Empty);
            conv.SetStr("mon_grouping", new PyList());
            conv.SetStr("positive_sign", PyStr.Empty);
            conv.SetStr("negative_sign", PyStr.Empty);
            foreach (var key in new[] { "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn" })
                conv.SetStr(key, PyInt.FromLong(127));
            conv.SetStr("decimal_point", PyStr.From("."));
            conv.SetStr("thousands_sep", PyStr.Empty);
            conv.SetStr("grouping", new PyList());
            return conv;
        });
        Fn("nl_langinfo", (args, kw) =>
        {
            Args.Check(args, kw, "nl_langinfo", 1, 1);
            long key = PyOps.AsIndex(args[0]);
            foreach (var (name, value, text) in s_langInfo)
            {
                if (value != key) continue;
                if (name == "CODESET") return PyStr.From(IsUtf8(current["LC_CTYPE"]) ? "UTF-8" : "ANSI_X3.4-1968");
                return PyStr.From(text);
            }
            throw PyExc.ValueError("unsupported langinfo constant");
        });
        Fn("getencoding", (args, kw) => PyStr.From(IsUtf8(current["LC_CTYPE"]) ? "UTF-8" : "ANSI_X3.4-1968"));
        Fn("strcoll", (args, kw) =>
        {
            Args.Check(args, kw, "strcoll", 2, 2);
            var x = PyOps.Unwrap(args[0]) as PyStr ?? throw PyExc.TypeError($"strcoll() argument 1 must be str, not {args[0].Type.Name}");
            var y = PyOps.Unwrap(args[1]) as PyStr ?? throw PyExc.TypeError($"strcoll() argument 2 must be str, not {args[1].Type.Name}");
            return PyInt.FromLong(Math.Sign(PyOps.IsTrue(PyOps.RichCompare(x, y, Compiler.ComparisonOperator.Less)) ? -1 : x.Value == y.Value ? 0 : 1));
        });
        Fn("strxfrm", (args, kw) =>
        {
            Args.Check(args, kw, "strxfrm", 1, 1);
            return PyOps.Unwrap(args[0]) as PyStr ?? throw PyExc.TypeError($"strxfrm() argument must be str, not {args[0].Type.Name}");
        });
        foreach (var name in new[] { "gettext", "dgettext", "dcgettext" })
        {
            int messageIndex = name == "gettext" ? 0 : 1;
            Fn(name, (args, kw) => args.Length > messageIndex ? args[messageIndex] : throw PyExc.TypeError($"{name}() missing required argument"));
        }
        Fn("textdomain", (args, kw) => args.Length > 0 && args[0] is PyStr s ? s : PyStr.From("messages"));
        Fn("bindtextdomain", (args, kw) => args.Length > 1 ? args[1] : PyNone.Instance);
        Fn("bind_textdomain_codeset", (args, kw) => PyNone.Instance);
        return module;
    }

    private static string CategoryName(int category) => s_categories.First(c => c.Value == category).Name;

    private static bool IsUtf8(string locale) => locale.EndsWith(".UTF-8", StringComparison.OrdinalIgnoreCase) || locale.EndsWith(".utf8", StringComparison.OrdinalIgnoreCase);

    private static bool IsSupported(string locale) => locale is "C" or "POSIX" || IsUtf8(locale);

    /// <summary>The locale the environment asks for: LC_ALL, then the category's variable, then LANG.</summary>
    private static string? EnvironmentLocale(string category)
    {
        foreach (var variable in new[] { "LC_ALL", category, "LANG" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(value)) return value;
        }
        return null;
    }
}
