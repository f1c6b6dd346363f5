using System.Text;
using Warden.Syntax;
using Warden.Syntax.Ast;

namespace Warden.Cli;

/// <summary>
/// <c>warden --dump-ast FILE...</c>: one line per file, the path, a TAB, then either
/// CPython 3.11's <c>ast.dump(ast.parse(bytes), include_attributes=True)</c> or the name
/// of the Python exception class parsing raises. The regression test diffs this against CPython.
/// With <c>--error-details</c> a failure is described as
/// <c>Type: msg (lineno:offset-end_lineno:end_offset) text</c> (newlines in the text as <c>\n</c>),
/// which regression-tests/parser/compare-errors-with-cpython diffs against CPython's fields.
/// </summary>
internal static class DumpAstCommand
{
    public static int Run(IReadOnlyList<string> files, bool errorDetails)
    {
        int exitCode = ExitCodes.Success;
        using var output = new Utf8LineWriter(Console.OpenStandardOutput());
        var line = new StringBuilder(1 << 16);
        foreach (string path in files)
        {
            line.Clear();
            line.Append(path).Append('\t');
            if (!AppendResult(path, line, errorDetails))
                exitCode = ExitCodes.Failure;
            line.Append('\n');
            output.Write(line);
            // Keep memory flat over thousands of files: one huge dump should not pin its buffer.
            if (line.Capacity > 1 << 24)
                line = new StringBuilder(1 << 16);
        }
        return exitCode;
    }

    /// <summary>Appends the dump or the exception class name; false when the failure is not a Python one.</summary>
    private static bool AppendResult(string path, StringBuilder line, bool errorDetails)
    {
        if (!SourceFileReader.TryRead(path, out byte[] source, out string? readError))
        {
            line.Append(readError);
            return false;
        }

        Module module;
        try
        {
            module = Parser.ParseModule(source, path);
        }
        catch (PythonSyntaxError e)
        {
            line.Append(e.PythonType);
            if (errorDetails)
                line.Append(": ").Append(e.Msg)
                    .Append($" ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset}) ")
                    .Append(e.Text is null ? "None" : OneLine(e.Text.Replace("\n", "\\n")));
            return true;
        }
        catch (PythonFrontEndError e)
        {
            line.Append(e.PythonType);
            if (errorDetails)
                line.Append(": ").Append(OneLine(e.Message));
            return true;
        }
        catch (Exception e)
        {
            // A .NET exception escaping the front end is a Warden bug: report it on the
            // file's own line so that the comparison shows it, and keep going.
            line.Append("InternalError: ").Append(e.GetType().FullName).Append(": ").Append(OneLine(e.Message));
            ReportInternalError("parsing", path, e);
            return false;
        }

        int start = line.Length;
        try
        {
            AstDumper.DumpTo(module, line);
        }
        catch (Exception e)
        {
            line.Length = start;
            line.Append("InternalError: dump failed: ").Append(e.GetType().FullName).Append(": ").Append(OneLine(e.Message));
            ReportInternalError("dumping", path, e);
            return false;
        }
        return true;
    }

    private static bool s_stackTraceShown;

    // One stack trace is enough to start debugging; hundreds of them would bury the output.
    private static void ReportInternalError(string stage, string path, Exception e)
    {
        if (s_stackTraceShown)
        {
            Console.Error.WriteLine($"warden: internal error while {stage} {path}: {e.GetType().FullName}: {OneLine(e.Message)}");
            return;
        }
        s_stackTraceShown = true;
        Console.Error.WriteLine($"warden: internal error while {stage} {path}: {e}");
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
}
