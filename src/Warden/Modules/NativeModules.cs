using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The modules written in C#, by name. <see cref="Importer"/> consults this table before
/// searching <c>sys.path</c>, as CPython finds built-in modules before source files.
/// </summary>
internal static class NativeModules
{
    private static readonly Dictionary<string, Func<ThreadState, PyModule>> s_factories = new()
    {
        ["sys"] = SysModule.Create,
        ["math"] = MathModule.Create,
        ["itertools"] = ItertoolsModule.Create,
        ["_weakref"] = WeakrefModule.Create,
        ["gc"] = GcModule.Create,
        ["_io"] = Io.IoModule.Create,
        ["posix"] = Posix.PosixModule.Create,
        ["_codecs"] = CodecsModule.Create,
        ["_signal"] = SignalModule.Create,
        ["_locale"] = LocaleModule.Create,
        ["_ast"] = AstModule.Create,
        ["_imp"] = ImpModule.Create,
        ["marshal"] = MarshalModule.Create,
        ["_warnings"] = WarningsModule.Create,
        ["_thread"] = ThreadModule.Create,
        ["_collections"] = CollectionsModule.Create,
        ["time"] = TimeModule.Create,
        ["_string"] = StringModule.Create,
        ["atexit"] = AtexitModule.Create,
        ["errno"] = ErrnoModule.Create,
        ["_contextvars"] = ContextVarsModule.Create,
        ["_sre"] = SreModule.Create,
        ["_struct"] = StructModule.Create,
        ["binascii"] = BinasciiModule.Create,
        ["_random"] = RandomModule.Create,
        ["cmath"] = CmathModule.Create,
        ["unicodedata"] = UnicodedataModule.Create,
        ["_md5"] = HashModules.CreateMd5,
        ["_sha1"] = HashModules.CreateSha1,
        ["_sha256"] = HashModules.CreateSha256,
        ["_sha512"] = HashModules.CreateSha512,
        ["_sha3"] = HashModules.CreateSha3,
        ["_blake2"] = HashModules.CreateBlake2,
        ["_datetime"] = Datetime.DatetimeModule.Create,
    };

    /// <summary>Names of every native module (<c>sys.builtin_module_names</c>).</summary>
    public static IEnumerable<string> Names => s_factories.Keys.Append("builtins").Order(StringComparer.Ordinal);

    /// <summary>Creates the native module <paramref name="name"/>, or returns false when there is none.</summary>
    public static bool TryCreate(string name, ThreadState ts, out PyModule module)
    {
        if (s_factories.TryGetValue(name, out var factory))
        {
            module = factory(ts);
            // As CPython's module-level builtins: __module__ names the module (pickle finds
            // math.sqrt by it) and __self__ is the module.
            foreach (var value in module.Dict.Items.Select(entry => entry.Value))
                if (value is PyBuiltinFunction { Self: null, ModuleName: null } function) function.ModuleName = name;
            return true;
        }
        module = null!;
        return false;
    }
}
