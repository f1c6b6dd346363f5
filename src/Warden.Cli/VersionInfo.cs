using System.Reflection;
using System.Runtime.InteropServices;

namespace Warden.Cli;

/// <summary>The line <c>warden --version</c> prints.</summary>
internal static class VersionInfo
{
    public static string Describe()
    {
        string version = typeof(VersionInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return $"Warden {version} (Python 3.11; builtins-only programs, no imports yet) on {RuntimeInformation.FrameworkDescription}";
    }
}
