using System.Text;
using Warden.Compiler;
using Warden.Modules;
using Warden.Objects;
using Warden.Runtime.Import;
using Warden.Syntax;

namespace Warden.Runtime;

/// <summary>
/// The import choke point. Every <c>import</c> statement, <c>from ... import</c> and
/// <c>__import__</c> call goes through <see cref="Import"/>, which restricted mode will consult.
/// Follows CPython 3.11's import system: relative names resolved from <c>__package__</c> /
/// <c>__spec__</c>, <c>sys.modules</c> as the cache (a module is there before its body runs and
/// removed if the body raises), native modules first, then <c>name.py</c> and
/// <c>name/__init__.py</c> along <c>sys.path</c> or the parent package's <c>__path__</c>.
/// </summary>
public static class Importer
{
    /// <summary>
    /// <c>IMPORT_NAME</c>: imports <paramref name="name"/> (relative to <paramref name="globals"/>
    /// when <paramref name="level"/> &gt; 0) and returns what the statement binds: the top-level
    /// package for <c>import a.b</c>, the module itself when <paramref name="fromList"/> is non-empty.
    /// </summary>
    public static PyObject Import(string name, PyObject fromList, long level, PyDict? globals, ThreadState ts)
    {
        if (level < 0) throw PyExc.ValueError("level must be >= 0");
        if (level == 0 && name.Length == 0) throw PyExc.ValueError("Empty module name");
        string resolved = level > 0 ? ResolveRelativeName(name, globals, level) : name;
        var module = ImportModule(resolved, ts);
        bool hasFromList = fromList is not PyNone && PyOps.IsTrue(fromList);
        if (!hasFromList)
        {
            if (level == 0) return ImportModule(name.Split('.')[0], ts);
            if (name.Length == 0) return module;
            // `from .a.b import` never happens without a fromlist; `__import__('a.b', level=1)`
            // returns the package that the first component of the relative name is in.
            int cut = name.Length - name.Split('.')[0].Length;
            return ImportModule(resolved[..^cut], ts);
        }
        if (module is PyModule m && m.Dict.TryGetStr("__path__", out _)) HandleFromList(m, fromList, ts, recursive: false);
        return module;
    }

    /// <summary>
    /// <c>from module import name</c>: the attribute, or the submodule <c>module.name</c> already in
    /// <c>sys.modules</c> (circular imports), else CPython's ImportError.
    /// </summary>
    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        if (PyOps.TryGetAttr(module, name, out var value)) return value;
        var ts = ThreadState.Current;
        string? moduleName = module is PyModule pm && pm.Dict.TryGetStr("__name__", out var n) && n is PyStr ns ? ns.Value : null;
        if (moduleName is not null && ts.Modules.TryGetStr($"{moduleName}.{name.Value}", out var sub)) return sub;
        string? path = module is PyModule fm && fm.Dict.TryGetStr("__file__", out var f) && f is PyStr fs ? fs.Value : null;
        string location = path ?? "unknown location";
        PythonException error = moduleName is null
            ? PyExc.ImportError($"cannot import name '{name.Value}' from '<unknown module name>' ({location})", null)
            : IsInitializing(module)
                ? PyExc.ImportError($"cannot import name '{name.Value}' from partially initialized module '{moduleName}' (most likely due to a circular import) ({location})", moduleName)
                : PyExc.ImportError($"cannot import name '{name.Value}' from '{moduleName}' ({location})", moduleName);
        error.Exception.Dict.SetStr("path", path is null ? PyNone.Instance : PyStr.From(path));
        throw error;
    }

    /// <summary><c>from module import *</c> into <paramref name="target"/>: <c>__all__</c>, else the public names.</summary>
    public static void ImportStar(PyObject module, PyDict target)
    {
        if (PyOps.TryGetAttr(module, PyStr.From("__all__"), out var all))
        {
            var iterator = PyOps.GetIter(all);
            while (PyOps.TryNext(iterator, out var item))
            {
                if (item is not PyStr key)
                    throw PyExc.TypeError($"Item in {ModuleNameOf(module)}.__all__ must be str, not {item.Type.Name}");
                target.SetItem(key, PyOps.GetAttr(module, key));
            }
            return;
        }
        var dict = module.InstanceDict ?? throw PyExc.ImportError("from-import-* object has no __dict__ and no __all__", null);
        foreach (var (key, value) in dict.Items.ToArray())
        {
            if (key is not PyStr ks)
                throw PyExc.TypeError($"Key in {ModuleNameOf(module)}.__dict__ must be str, not {key.Type.Name}");
            if (!ks.Value.StartsWith('_')) target.SetItem(ks, value);
        }
    }

    /// <summary>
    /// Prepares the import state of a program: the <c>sys</c> and <c>builtins</c> modules,
    /// <c>sys.path</c> starting with <paramref name="path0"/>, and <c>__main__</c> over
    /// <paramref name="mainGlobals"/>.
    /// </summary>
    public static void InitializeProgram(ThreadState ts, string path0, PyDict builtins, PyDict mainGlobals)
    {
        var context = ts.Context;
        if (!ReferenceEquals(builtins, context.BuiltinsDict)) context.Modules.SetStr("builtins", new PyModule("builtins", builtins));
        context.InitializeSearchPath(path0);
        context.Modules.SetStr("__main__", new PyModule("__main__", mainGlobals));
    }

    /// <summary>The <c>sys</c> module of this thread's interpreter, created on first use.</summary>
    internal static PyModule GetSys(ThreadState ts) => ts.Context.Sys;

    /// <summary>Resolves <c>from ..name import</c> against the importing module's package.</summary>
    internal static string ResolveRelativeName(string name, PyDict? globals, long level)
    {
        string? package = null;
        if (globals is not null)
        {
            if (globals.TryGetStr("__package__", out var pkg) && pkg is not PyNone)
            {
                if (pkg is not PyStr ps) throw PyExc.TypeError("package must be a string");
                package = ps.Value;
            }
            else if (globals.TryGetStr("__spec__", out var spec) && spec is not PyNone)
            {
                package = PyOps.Str(PyOps.GetAttr(spec, PyStr.From("parent")));
            }
            else
            {
                if (!globals.TryGetStr("__name__", out var modName) || modName is not PyStr mn)
                    throw PyExc.KeyError(PyStr.From("'__name__' not in globals"));
                package = mn.Value;
                if (!globals.TryGetStr("__path__", out _)) package = package[..Math.Max(0, package.LastIndexOf('.'))];
            }
        }
        if (string.IsNullOrEmpty(package)) throw PyExc.ImportError("attempted relative import with no known parent package", null);
        string basePackage = package;
        for (long i = 1; i < level; i++)
        {
            int dot = basePackage.LastIndexOf('.');
            if (dot < 0) throw PyExc.ImportError("attempted relative import beyond top-level package", null);
            basePackage = basePackage[..dot];
        }
        return name.Length == 0 ? basePackage : $"{basePackage}.{name}";
    }

    /// <summary>
    /// Imports the absolute dotted name (parents first) and returns that module from <c>sys.modules</c>.
    /// Holds the context's import lock, so threads sharing an interpreter never run a module body twice
    /// or see <c>sys.modules</c> half-updated.
    /// </summary>
    public static PyObject ImportModule(string name, ThreadState ts)
    {
        lock (ts.Context.ImportLock) return ImportModuleLocked(name, ts);
    }

    private static PyObject ImportModuleLocked(string name, ThreadState ts)
    {
        var modules = ts.Modules;
        if (modules.TryGetStr(name, out var cached))
        {
            if (cached is PyNone)
            {
                var halted = PyExc.ModuleNotFoundError($"import of {name} halted; None in sys.modules");
                halted.Exception.Dict.SetStr("name", PyStr.From(name));
                throw halted;
            }
            return cached;
        }
        int dot = name.LastIndexOf('.');
        PyObject? parentModule = null;
        List<string>? searchPath = null;
        if (dot >= 0)
        {
            string parentName = name[..dot];
            parentModule = ImportModule(parentName, ts);
            // Importing the parent may have imported this module too.
            if (modules.TryGetStr(name, out cached)) return cached;
            if (!PyOps.TryGetAttr(parentModule, PyStr.From("__path__"), out var parentPath))
                throw NotFound($"No module named '{name}'; '{parentName}' is not a package", name);
            searchPath = StringsOf(parentPath);
        }
        PyObject module = dot < 0 && NativeModules.TryCreate(name, ts, out var native)
            ? RegisterNative(name, native, ts)
            : LoadSource(name, FindSource(name[(dot + 1)..], searchPath ?? SysPath(ts)) ?? throw NotFound($"No module named '{name}'", name), ts);
        if (parentModule is not null)
        {
            // CPython binds the submodule on its parent once loaded; a failure here is ignored.
            try
            {
                PyOps.SetAttr(parentModule, PyStr.From(name[(dot + 1)..]), module);
            }
            catch (PythonException)
            {
            }
        }
        return module;
    }

    private static PyObject RegisterNative(string name, PyModule module, ThreadState ts)
    {
        var d = module.Dict;
        if (!d.TryGetStr("__doc__", out _)) d.SetStr("__doc__", PyNone.Instance);
        if (!d.TryGetStr("__package__", out _)) d.SetStr("__package__", PyStr.From(""));
        DescribeBuiltin(name, module, Bootstrap(ts));
        ts.Modules.SetStr(name, module);
        return module;
    }

    /// <summary>Sets a native module's <c>__loader__</c> (BuiltinImporter) and <c>__spec__</c> (origin 'built-in').</summary>
    private static void DescribeBuiltin(string name, PyModule module, PyModule bootstrap)
    {
        var loader = bootstrap.Dict.TryGetStr("BuiltinImporter", out var bi) ? bi : PyNone.Instance;
        module.Dict.SetStr("__loader__", loader);
        var spec = PyOps.Call(bootstrap.Dict.TryGetStr("ModuleSpec", out var ms) ? ms : PyNone.Instance,
            [PyStr.From(name), loader, PyStr.From("built-in")], PyTuple.Create(PyStr.From("origin")));
        module.Dict.SetStr("__spec__", spec);
    }

    /// <summary>A module found on the path: where its source is and whether it is a package.</summary>
    internal readonly record struct SourceLocation(string File, string? PackageDirectory);

    internal static SourceLocation? FindSource(string shortName, List<string> searchPath)
    {
        foreach (var entry in searchPath)
        {
            string directory = entry.Length == 0 ? Directory.GetCurrentDirectory() : entry;
            string packageDir = Path.Combine(directory, shortName);
            string init = Path.Combine(packageDir, "__init__.py");
            if (File.Exists(init)) return new SourceLocation(Path.GetFullPath(init), Path.GetFullPath(packageDir));
            string file = Path.Combine(directory, shortName + ".py");
            if (File.Exists(file)) return new SourceLocation(Path.GetFullPath(file), null);
        }
        return null;
    }

    private static PyObject LoadSource(string name, SourceLocation? found, ThreadState ts)
    {
        var location = found!.Value;
        bool isPackage = location.PackageDirectory is not null;
        var spec = CreateSourceSpec(name, location.File, isPackage, ts, out var loader);
        var module = new PyModule(name);
        var d = module.Dict;
        d.SetStr("__doc__", PyNone.Instance);
        string package = isPackage ? name : name[..Math.Max(0, name.LastIndexOf('.'))];
        d.SetStr("__package__", PyStr.From(package));
        d.SetStr("__loader__", loader);
        d.SetStr("__spec__", spec);
        if (isPackage)
        {
            var path = new PyList();
            path.Append(PyStr.From(location.PackageDirectory!));
            d.SetStr("__path__", path);
            PyOps.SetAttr(spec, PyStr.From("submodule_search_locations"), path);
        }
        d.SetStr("__file__", PyStr.From(location.File));
        d.SetStr("__cached__", PyNone.Instance);
        var builtins = Builtins(ts);
        d.SetStr("__builtins__", builtins);
        ExecuteModule(module, spec, location.File, builtins, ts);
        return ts.Modules.TryGetStr(name, out var final) ? final : module;
    }

    /// <summary>A <c>ModuleSpec</c> (and its <c>SourceFileLoader</c>) for the source file of module <paramref name="name"/>.</summary>
    internal static PyObject CreateSourceSpec(string name, string file, bool isPackage, ThreadState ts, out PyObject loader)
    {
        var bootstrap = Bootstrap(ts);
        loader = PyOps.Call(bootstrap.Dict.TryGetStr("SourceFileLoader", out var sfl) ? sfl : PyNone.Instance,
            [PyStr.From(name), PyStr.From(file)], null);
        var spec = PyOps.Call(bootstrap.Dict.TryGetStr("ModuleSpec", out var ms) ? ms : PyNone.Instance,
            [PyStr.From(name), loader, PyStr.From(file), isPackage ? PyInt.True : PyInt.False],
            PyTuple.Create(PyStr.From("origin"), PyStr.From("is_package")));
        PyOps.SetAttr(spec, PyStr.From("has_location"), PyInt.True);
        return spec;
    }

    /// <summary>Runs a module body with the module registered in <c>sys.modules</c> (removed if the body raises).</summary>
    private static void ExecuteModule(PyModule module, PyObject spec, string file, PyDict builtins, ThreadState ts)
    {
        var code = CompileFile(file);
        ts.Modules.SetStr(module.Name, module);
        var initializing = PyStr.From("_initializing");
        PyOps.SetAttr(spec, initializing, PyInt.True);
        try
        {
            Interpreter.RunCode(code, module.Dict, builtins);
        }
        catch (PythonException)
        {
            ts.Modules.RemoveStr(module.Name);
            throw;
        }
        finally
        {
            PyOps.SetAttr(spec, initializing, PyInt.False);
        }
    }

    /// <summary>Reads and compiles a source file; syntax errors become Python SyntaxError.</summary>
    internal static CodeObject CompileFile(string file)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PyExc.ImportError($"could not read {file}: {e.Message}", null);
        }
        try
        {
            SourceCache.Register(file, Encoding.UTF8.GetString(SourceDecoder.Decode(source)));
            return CodeGenerator.Compile(Parser.ParseModule(source, file), file);
        }
        catch (PythonSyntaxError e)
        {
            throw new PythonException(ExceptionMethods.FromSyntaxError(e));
        }
        catch (PythonFrontEndError e)
        {
            throw PyExc.Create(TypeObjects.ExceptionByName(e.PythonType), e.Message);
        }
    }

    /// <summary>CPython's <c>_handle_fromlist</c>: imports the submodules a <c>from package import</c> names.</summary>
    private static void HandleFromList(PyModule package, PyObject fromList, ThreadState ts, bool recursive)
    {
        var iterator = PyOps.GetIter(fromList);
        while (PyOps.TryNext(iterator, out var item))
        {
            if (item is not PyStr x)
            {
                string where = recursive ? $"{package.Name}.__all__" : "``from list''";
                throw PyExc.TypeError($"Item in {where} must be str, not {item.Type.Name}");
            }
            if (x.Value == "*")
            {
                if (!recursive && package.Dict.TryGetStr("__all__", out var all)) HandleFromList(package, all, ts, recursive: true);
                continue;
            }
            if (PyOps.TryGetAttr(package, x, out _)) continue;
            string fullName = $"{package.Name}.{x.Value}";
            try
            {
                ImportModule(fullName, ts);
            }
            catch (PythonException e) when (e.Exception.Type == TypeObjects.ModuleNotFoundError
                                            && e.Exception.Dict.TryGetStr("name", out var missing) && missing is PyStr ms && ms.Value == fullName
                                            && !ts.Modules.TryGetStr(fullName, out _))
            {
                // `from package import name` where name is neither attribute nor submodule:
                // IMPORT_FROM reports it.
            }
        }
    }

    private static bool IsInitializing(PyObject module)
        => module is PyModule m && m.Dict.TryGetStr("__spec__", out var spec) && spec is not PyNone
           && PyOps.TryGetAttr(spec, PyStr.From("_initializing"), out var flag) && PyOps.IsTrue(flag);

    private static string ModuleNameOf(PyObject module)
        => module is PyModule m ? m.Name : "<module>";

    private static PythonException NotFound(string message, string name)
    {
        var error = PyExc.ModuleNotFoundError(message);
        error.Exception.Dict.SetStr("name", PyStr.From(name));
        return error;
    }

    private static List<string> SysPath(ThreadState ts)
        => GetSys(ts).Dict.TryGetStr("path", out var path) ? StringsOf(path) : [];

    private static List<string> StringsOf(PyObject iterable)
    {
        var result = new List<string>();
        var iterator = PyOps.GetIter(iterable);
        while (PyOps.TryNext(iterator, out var item))
            if (item is PyStr s) result.Add(s.Value);
        return result;
    }

    /// <summary>The builtins namespace modules run with: that of <c>sys.modules['builtins']</c>.</summary>
    private static PyDict Builtins(ThreadState ts)
        => ts.Modules.TryGetStr("builtins", out var b) && b is PyModule bm ? bm.Dict : ts.Context.BuiltinsDict;

    /// <summary>The module defining ModuleSpec and the loaders, compiled on first use.</summary>
    private static PyModule Bootstrap(ThreadState ts)
    {
        lock (ts.Context.ImportLock) return BootstrapLocked(ts);
    }

    private static PyModule BootstrapLocked(ThreadState ts)
    {
        if (ts.Modules.TryGetStr(ImportBootstrap.ModuleName, out var existing) && existing is PyModule bm) return bm;
        var module = new PyModule(ImportBootstrap.ModuleName);
        var builtins = Builtins(ts);
        module.Dict.SetStr("__builtins__", builtins);
        var code = CodeGenerator.Compile(Parser.ParseModule(Encoding.UTF8.GetBytes(ImportBootstrap.Source), "<frozen importlib._bootstrap>"), "<frozen importlib._bootstrap>");
        Interpreter.RunCode(code, module.Dict, builtins);
        ts.Modules.SetStr(ImportBootstrap.ModuleName, module);
        // sys and builtins exist before the bootstrap: give them the built-in spec and loader the
        // imported native modules get (CPython's _bootstrap._setup does the same).
        foreach (var name in new[] { "sys", "builtins" })
        {
            if (ts.Modules.TryGetStr(name, out var early) && early is PyModule earlyModule && !earlyModule.Dict.TryGetStr("__spec__", out _))
                DescribeBuiltin(name, earlyModule, module);
        }
        return module;
    }
}
