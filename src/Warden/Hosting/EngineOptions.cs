namespace Warden.Hosting;

/// <summary>How <see cref="Python.CreateEngine(EngineOptions)"/> sets up a new engine.</summary>
public sealed class EngineOptions
{
    /// <summary>Directories searched for modules, in order, before the standard library (the start of <c>sys.path</c>).</summary>
    public IList<string> SearchPaths { get; set; } = new List<string>();

    /// <summary>Whether CPython's pure-Python standard library directory ends <c>sys.path</c> (default true).</summary>
    public bool IncludeStandardLibrary { get; set; } = true;

    /// <summary>
    /// The standard library directory; null: the one recorded next to the entry assembly
    /// (<c>warden-paths.json</c>, see <see cref="Runtime.Import.SearchPaths"/>).
    /// </summary>
    public string? StandardLibraryDirectory { get; set; }

    /// <summary><c>sys.argv</c> (default <c>['']</c>, as for an embedded interpreter).</summary>
    public IList<string> Arguments { get; set; } = new List<string>();

    /// <summary><c>sys.getrecursionlimit()</c> (default 1000, as CPython).</summary>
    public int RecursionLimit { get; set; } = 1000;
}
