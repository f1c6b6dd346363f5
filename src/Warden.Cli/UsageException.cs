namespace Warden.Cli;

/// <summary>A command line the <c>warden</c> command cannot act on; the message says why.</summary>
internal sealed class UsageException(string message) : Exception(message);
