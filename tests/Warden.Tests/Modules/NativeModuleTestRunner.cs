using Warden.Runtime;

namespace Warden.Tests.Modules;

/// <summary>Runs a snippet through the whole runtime and returns what it printed.</summary>
internal static class NativeModuleTestRunner
{
    public static string Run(string source)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        ScriptRunner.RunCode(source, ["-c"], stdout, stderr);
        return stdout.ToString() + stderr.ToString();
    }
}
