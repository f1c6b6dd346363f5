using System.Collections.Concurrent;

namespace Warden.Runtime;

/// <summary>
/// Source lines of compiled files, for tracebacks (CPython's linecache). Files registered by
/// the runner are served from memory; other real files are read on demand.
/// </summary>
public static class SourceCache
{
    private static readonly ConcurrentDictionary<string, string[]> s_lines = new();

    public static void Register(string filename, string source)
        => s_lines[filename] = source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    /// <summary>The 1-based line, or null when unavailable.</summary>
    public static string? GetLine(string filename, int line)
    {
        if (!s_lines.TryGetValue(filename, out var lines))
        {
            if (filename.StartsWith('<') || !File.Exists(filename)) return null;
            try
            {
                lines = File.ReadAllText(filename).Replace("\r\n", "\n").Split('\n');
            }
            catch (IOException)
            {
                return null;
            }
            s_lines[filename] = lines;
        }
        return line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }
}
