using Warden.Objects;

namespace Warden.Runtime.Import;

/// <summary>How <c>-m</c> sets up <c>__main__</c>: <c>sys.path[0]</c> and a hook run before the body.</summary>
internal sealed record MainModuleOptions(string Path0, Action<ThreadState, PyDict> Prepare);

/// <summary>
/// <c>warden -m module</c>, as CPython's runpy: the module is found on the search path (a package
/// runs its <c>__main__</c> submodule), its parent packages are imported, and it runs as
/// <c>__main__</c> with its own <c>__spec__</c>; <c>sys.argv[0]</c> is the file's full path.
/// </summary>
public static class MainModule
{
    /// <summary>Runs module <paramref name="moduleName"/> as the main program; <paramref name="argv"/>[0] is replaced by its path.</summary>
    public static int Run(string moduleName, string[] argv, TextWriter stdout, TextWriter stderr)
    {
        string cwd = Directory.GetCurrentDirectory();
        var paths = SearchPaths.Build(cwd);
        if (moduleName.Length == 0 || moduleName.StartsWith('.'))
        {
            stderr.Write("warden: Relative module names not supported\n");
            return 1;
        }
        var found = Locate(moduleName, paths);
        string runName = moduleName;
        if (found is { PackageDirectory: not null })
        {
            runName = moduleName + ".__main__";
            found = Locate(runName, paths);
            if (found is null)
            {
                stderr.Write($"warden: No module named {runName}; '{moduleName}' is a package and cannot be directly executed\n");
                return 1;
            }
        }
        if (found is null)
        {
            stderr.Write($"warden: No module named {moduleName}\n");
            return 1;
        }
        string file = found.Value.File;
        byte[] source = File.ReadAllBytes(file);
        string[] mainArgv = [file, .. argv.Skip(1)];
        int dot = runName.LastIndexOf('.');
        string package = dot < 0 ? "" : runName[..dot];
        var options = new MainModuleOptions(cwd, (ts, globals) =>
        {
            if (package.Length > 0) Importer.ImportModule(package, ts);
            var spec = Importer.CreateSourceSpec(runName, file, isPackage: false, ts, out var loader);
            globals.SetStr("__package__", PyStr.From(package));
            globals.SetStr("__loader__", loader);
            globals.SetStr("__spec__", spec);
        });
        return ScriptRunner.Run(source, file, mainArgv, stdout, stderr, options);
    }

    /// <summary>Finds a dotted module's source without importing anything.</summary>
    private static Importer.SourceLocation? Locate(string dottedName, List<string> paths)
    {
        var parts = dottedName.Split('.');
        List<string> searchPath = paths;
        Importer.SourceLocation? found = null;
        foreach (var part in parts)
        {
            if (found is { PackageDirectory: null }) return null;
            if (found is { PackageDirectory: { } dir }) searchPath = [dir];
            found = Importer.FindSource(part, searchPath);
            if (found is null) return null;
        }
        return found;
    }
}
