using System.Diagnostics;
using Warden.Syntax;

namespace Warden.Cli;

/// <summary>
/// <c>warden --parse-benchmark FILE...</c>: reads every file into memory, then times parsing
/// all of them (decode, tokenize, build the AST; no dump) several times in this one process.
/// The first pass includes JIT warm-up ("cold"); the fastest pass is reported as "best".
/// </summary>
internal static class ParseBenchmarkCommand
{
    public static int Run(IReadOnlyList<string> files, int passes)
    {
        var sources = new List<(string Path, byte[] Bytes)>(files.Count);
        long totalBytes = 0;
        bool allRead = true;
        foreach (string path in files)
        {
            if (SourceFileReader.TryRead(path, out byte[] bytes, out _))
            {
                sources.Add((path, bytes));
                totalBytes += bytes.Length;
            }
            else
            {
                allRead = false;
            }
        }

        var passSeconds = new List<double>(passes);
        int rejected = 0, internalErrors = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            // Garbage left by the previous pass should not be collected on this pass's clock.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long start = Stopwatch.GetTimestamp();
            (rejected, internalErrors) = ParseAll(sources);
            passSeconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        Console.Out.WriteLine($"files: {sources.Count} ({totalBytes / (1024.0 * 1024.0):F1} MiB), rejected with a Python error: {rejected}, internal errors: {internalErrors}, passes: {passes}");
        Console.Out.WriteLine($"pass times: {string.Join(" ", passSeconds.Select(seconds => seconds.ToString("F3")))} s");
        Console.Out.WriteLine($"cold: {passSeconds[0]:F3} s");
        Console.Out.WriteLine($"best: {passSeconds.Min():F3} s");
        return allRead && internalErrors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static (int Rejected, int InternalErrors) ParseAll(List<(string Path, byte[] Bytes)> sources)
    {
        int rejected = 0, internalErrors = 0;
        foreach (var (path, bytes) in sources)
        {
            try
            {
                Parser.ParseModule(bytes, path);
            }
            catch (Exception e) when (e is PythonSyntaxError or PythonFrontEndError)
            {
                rejected++;
            }
            catch (Exception)
            {
                internalErrors++;
            }
        }
        return (rejected, internalErrors);
    }
}
