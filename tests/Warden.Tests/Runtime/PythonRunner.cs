using Warden.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>Runs Python source through <see cref="ScriptRunner"/> and captures what a terminal would show.</summary>
internal static class PythonRunner
{
    public readonly record struct Result(string Stdout, string Stderr, int ExitCode);

    /// <summary>
    /// Runs <paramref name="source"/> as <c>python3.11 -c</c> does, or, with <paramref name="asFile"/>,
    /// as a script file (tracebacks then show source lines); the file's path reads <c>{FILE}</c> in stderr.
    /// </summary>
    public static Result Run(string source, bool asFile = false)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        if (!asFile)
        {
            int rc = ScriptRunner.RunCode(source, ["-c"], stdout, stderr);
            return new Result(stdout.ToString(), stderr.ToString(), rc);
        }
        string path = Path.Combine(Path.GetTempPath(), $"warden_test_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, source);
        try
        {
            int rc = ScriptRunner.RunFile(path, [path], stdout, stderr);
            return new Result(stdout.ToString(), stderr.ToString().Replace(path, "{FILE}"), rc);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs <paramref name="source"/> as <c>-c</c> and returns standard output followed by standard error.</summary>
    public static string Output(string source)
    {
        var result = Run(source);
        return result.Stdout + result.Stderr;
    }
}
