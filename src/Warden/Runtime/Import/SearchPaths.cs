using System.Text.Json;

namespace Warden.Runtime.Import;

/// <summary>
/// The initial <c>sys.path</c>: the main program's directory (or <c>''</c> for <c>-c</c> and
/// standard input), then the entries of <c>WARDEN_PATH</c> (separated by
/// <see cref="Path.PathSeparator"/>), then CPython's pure-Python standard library directory.
/// That directory is not known to the source: <c>scripts/warden</c> asks the reference
/// interpreter for <c>sysconfig.get_paths()['stdlib']</c> once per build and writes it to
/// <c>warden-paths.json</c> (<c>{"stdlib": "..."}</c>) next to the CLI assembly, which is read here.
/// Hosts (and tests) may set <see cref="StdlibDirectory"/> instead.
/// </summary>
public static class SearchPaths
{
    /// <summary>Name of the file next to the entry assembly that records the stdlib directory.</summary>
    public const string ConfigFileName = "warden-paths.json";

    private static readonly Lazy<string?> s_configured = new(ReadConfiguredStdlib);

    /// <summary>Overrides the stdlib directory found in <see cref="ConfigFileName"/> (null: use the file).</summary>
    public static string? StdlibDirectory { get; set; }

    /// <summary>The standard library directory in effect: <see cref="StdlibDirectory"/>, else the configured one (null when unknown).</summary>
    public static string? StandardLibrary => StdlibDirectory ?? s_configured.Value;

    /// <summary>The search path for a program whose <c>sys.path[0]</c> is <paramref name="first"/>.</summary>
    public static List<string> Build(string first)
    {
        var paths = new List<string> { first };
        string? extra = Environment.GetEnvironmentVariable("WARDEN_PATH");
        if (!string.IsNullOrEmpty(extra))
            paths.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        string? stdlib = StdlibDirectory ?? s_configured.Value;
        if (!string.IsNullOrEmpty(stdlib) && !paths.Contains(stdlib)) paths.Add(stdlib);
        return paths;
    }

    private static string? ReadConfiguredStdlib()
    {
        try
        {
            string file = Path.Combine(AppContext.BaseDirectory, ConfigFileName);
            if (!File.Exists(file)) return null;
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            return doc.RootElement.TryGetProperty("stdlib", out var value) ? value.GetString() : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // A broken configuration file means "no stdlib", never a failed start-up.
            return null;
        }
    }
}
