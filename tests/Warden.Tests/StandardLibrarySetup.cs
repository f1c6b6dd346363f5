using System.Diagnostics;
using Warden.Runtime.Import;
using NUnit.Framework;

namespace Warden.Tests;

/// <summary>
/// Points the runtime at CPython's pure-Python standard library for every test, as
/// <c>scripts/warden</c> does for the CLI: the directory comes from the reference interpreter's
/// <c>sysconfig</c> (Debian's python3.11, or <c>WARDEN_REFERENCE_PYTHON</c>), asked once per run.
/// Tests of programs that import stdlib modules (types, functools, re, ...) rely on it.
/// </summary>
[SetUpFixture]
public sealed class StandardLibrarySetup
{
    [OneTimeSetUp]
    public void LocateStandardLibrary()
    {
        if (SearchPaths.StdlibDirectory is not null) return;
        string python = Environment.GetEnvironmentVariable("WARDEN_REFERENCE_PYTHON") ?? "/usr/bin/python3.11";
        if (!File.Exists(python)) return;
        var start = new ProcessStartInfo(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start);
        if (process is null) return;
        string stdlib = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode == 0 && Directory.Exists(stdlib)) SearchPaths.StdlibDirectory = stdlib;
    }
}
