using System.Text;
using Warden.Runtime;
using Warden.Runtime.Import;

namespace Warden.Cli;

/// <summary>
/// <c>warden FILE</c>, <c>warden -c CODE</c>, <c>warden -m MODULE</c>, <c>warden -</c> / a program on standard input:
/// runs it as python3.11 would, with UTF-8 output. Standard output is block-buffered and
/// flushed at exit (as CPython does when it is not a terminal); standard error is unbuffered.
/// </summary>
internal static class RunProgramCommand
{
    public static int Run(ProgramSpec program)
    {
        // Ctrl-C raises KeyboardInterrupt in the running code at its next loop iteration (or runs
        // the program's own SIGINT handler). Ctrl-C again while the first has waited unhandled for
        // a second (code stuck in a long native call) ends the process; signals arriving together
        // (`timeout` signals the process and its group) count once.
        InterruptRequests.DefaultAction = SigintExit.Terminate;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (Repl.PromptWaiting || InterruptRequests.PendingFor > TimeSpan.FromSeconds(1)) return;
            e.Cancel = true;
            InterruptRequests.Request();
        };
        Console.CancelKeyPress += onCancel;
        int exitCode;
        try
        {
            exitCode = RunProgram(program);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        if (exitCode == ScriptRunner.KeyboardInterruptExitCode && ScriptRunner.EndedByKeyboardInterrupt)
            SigintExit.Terminate();
        return exitCode;
    }

    /// <summary>
    /// File descriptor 1 itself on Unix: .NET's console stream drops writes to a closed pipe
    /// silently, so `warden prog | head` would run the whole program; a plain file stream reports
    /// EPIPE, which becomes BrokenPipeError as in CPython.
    /// </summary>
    private static Stream OpenStandardOutput()
        => OperatingSystem.IsWindows() ? Console.OpenStandardOutput()
            : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);

    private static int RunProgram(ProgramSpec program)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = Console.IsOutputRedirected is false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        try
        {
            switch (program.Kind)
            {
                case ProgramKind.File:
                    return ScriptRunner.RunFile(program.Target, program.Argv, stdout, stderr);
                case ProgramKind.Code:
                    return ScriptRunner.RunCode(program.Target, program.Argv, stdout, stderr);
                case ProgramKind.Interactive:
                case ProgramKind.Stdin when !Console.IsInputRedirected && program.Argv[0] == "":
                    // A person at a terminal: the prompt reads the console itself, line by line.
                    stdout.AutoFlush = true;
                    return Repl.Run(Console.In, stdout, stderr);
                case ProgramKind.Stdin:
                    using (var input = Console.OpenStandardInput())
                    using (var buffer = new MemoryStream())
                    {
                        input.CopyTo(buffer);
                        return ScriptRunner.Run(buffer.ToArray(), "<stdin>", program.Argv, stdout, stderr);
                    }
                default:
                    return MainModule.Run(program.Target, program.Argv, stdout, stderr);
            }
        }
        finally
        {
            try
            {
                stdout.Dispose(); // flushes
            }
            catch (IOException)
            {
                // The reader of standard output has gone; the program's runner reported it already.
            }
        }
    }
}
