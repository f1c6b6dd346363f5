namespace Warden.Cli;

/// <summary>
/// Entry point of the <c>warden</c> command: reads the command line and hands over to one command.
/// </summary>
internal static class Program
{
    // Deep but legal nesting must reach the parser's own depth limit (which raises the
    // Python-level error CPython raises) long before the .NET stack runs out: a stack
    // overflow cannot be caught and would end the process.
    private const int WorkerStackBytes = 256 * 1024 * 1024;

    private static int Main(string[] args)
    {
        CommandLine commandLine;
        try
        {
            commandLine = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"warden: {e.Message}");
            Console.Error.WriteLine("Try 'warden --help' for more information.");
            return ExitCodes.Usage;
        }

        int exitCode = ExitCodes.Usage;
        var worker = new Thread(() => exitCode = Run(commandLine), WorkerStackBytes) { Name = "warden-main" };
        worker.Start();
        // While the program thread boots, this otherwise idle thread JIT-compiles the dispatch loop.
        if (commandLine.Action == CliAction.RunProgram) Warden.Runtime.Interpreter.PrepareDispatchLoop();
        worker.Join();
        return exitCode;
    }

    private static int Run(CommandLine commandLine)
    {
        switch (commandLine.Action)
        {
            case CliAction.Help:
                Console.Out.Write(HelpText.Text);
                return ExitCodes.Success;
            case CliAction.Version:
                Console.Out.WriteLine(VersionInfo.Describe());
                return ExitCodes.Success;
            case CliAction.DumpAst:
                return DumpAstCommand.Run(commandLine.Files, commandLine.ErrorDetails);
            case CliAction.ParseBenchmark:
                return ParseBenchmarkCommand.Run(commandLine.Files, commandLine.BenchmarkPasses);
            case CliAction.RunProgram:
                return RunProgramCommand.Run(commandLine.Program);
            default:
                throw new InvalidOperationException($"unhandled action {commandLine.Action}");
        }
    }
}
