namespace Warden.Cli;

/// <summary>What one invocation of <c>warden</c> was asked to do.</summary>
internal enum CliAction
{
    Help,
    Version,
    DumpAst,
    ParseBenchmark,
    /// <summary><c>warden FILE</c>, <c>-c</c>, <c>-m</c> or no argument: needs the runtime, which does not exist yet.</summary>
    RunProgram,
}
