namespace Warden.Cli;

/// <summary>Process exit codes of the <c>warden</c> command (2 for usage errors, as CPython's).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some input could not be read or the front end failed with a .NET exception (a Warden bug).</summary>
    public const int Failure = 1;
    /// <summary>Bad command line, or a feature that does not exist yet.</summary>
    public const int Usage = 2;
}
