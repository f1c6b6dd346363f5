using System.Runtime.InteropServices;
using System.Text;
using Warden.Hosting;
using Warden.Objects;
using Warden.Runtime;

namespace Warden.Cli;

/// <summary>
/// The interactive prompt (<c>warden</c> on a terminal, or <c>warden -i</c>), as python3.11's:
/// a banner, <c>&gt;&gt;&gt; </c> and <c>... </c> prompts on standard error, multi-line blocks
/// ended by a blank line, expression results echoed with <c>repr</c> and kept in <c>_</c>,
/// tracebacks that do not end the session, Ctrl-C at the prompt discarding the pending input with
/// <c>KeyboardInterrupt</c>, and end of input (Ctrl-D) to leave. It is an ordinary
/// host of the hosting API: one engine, one <c>__main__</c> module.
/// </summary>
internal static class Repl
{
    private const string PrimaryPrompt = ">>> ";
    private const string SecondaryPrompt = "... ";

    /// <summary>Runs a session until end of input or <c>SystemExit</c>; returns the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter errors)
    {
        var prompt = new PromptReader(input);
        // Ctrl-C at the prompt discards the input typed so far, as CPython's prompt does. While code
        // runs, RunProgramCommand's handler turns it into KeyboardInterrupt in that code.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!prompt.Waiting) return;
            e.Cancel = true;
            prompt.Interrupt();
        };
        s_activePrompt = prompt;
        Console.CancelKeyPress += onCancel;
        var thread = Warden.Runtime.ThreadState.Current;
        bool handled = thread.HandlesInterrupts;
        thread.HandlesInterrupts = true; // statements run on this thread: Ctrl-C reaches them
        try
        {
            return Run(prompt, input, output, errors);
        }
        finally
        {
            thread.HandlesInterrupts = handled;
            Console.CancelKeyPress -= onCancel;
            s_activePrompt = null;
        }
    }

    private static volatile PromptReader? s_activePrompt;

    /// <summary>True while the console prompt waits for a line (Ctrl-C then belongs to the prompt).</summary>
    internal static bool PromptWaiting => s_activePrompt?.Waiting == true;

    /// <summary>The session loop over <paramref name="prompt"/> (tests interrupt it directly).</summary>
    internal static int Run(PromptReader prompt, TextReader input, TextWriter output, TextWriter errors)
    {
        var engine = Python.CreateEngine(new EngineOptions { SearchPaths = [""] });
        engine.Runtime.IO.SetOutput(output);
        engine.Runtime.IO.SetErrorOutput(errors);
        engine.Runtime.IO.SetInput(input);
        var main = engine.CreateModule("__main__");
        errors.Write(Banner());
        var lines = new List<string>();
        while (true)
        {
            errors.Write(lines.Count == 0 ? PrimaryPrompt : SecondaryPrompt);
            errors.Flush();
            switch (prompt.Read(out string line))
            {
                case PromptReader.Outcome.EndOfInput:
                    errors.Write("\n");
                    errors.Flush();
                    return ExitCodes.Success;
                case PromptReader.Outcome.Interrupted:
                    // CPython: a new line, "KeyboardInterrupt", and a fresh primary prompt.
                    errors.Write("\nKeyboardInterrupt\n");
                    lines.Clear();
                    continue;
            }
            lines.Add(line);
            string text = string.Join("\n", lines);
            switch (engine.CreateScriptSourceFromString(text, SourceCodeKind.InteractiveCode).GetCodeProperties())
            {
                case ScriptCodeParseResult.Empty:
                    lines.Clear();
                    continue;
                case ScriptCodeParseResult.IncompleteToken or ScriptCodeParseResult.IncompleteStatement:
                    continue;
            }
            lines.Clear();
            if (Execute(engine, main, text, output, errors) is { } exitCode) return exitCode;
        }
    }

    /// <summary>Runs one complete input; returns an exit code when the code raised SystemExit, else null.</summary>
    private static int? Execute(ScriptEngine engine, ScriptScope main, string text, TextWriter output, TextWriter errors)
    {
        Warden.Runtime.InterruptRequests.Clear(); // a Ctrl-C that came after the last statement ended
        try
        {
            engine.CreateScriptSourceFromString(text + "\n", SourceCodeKind.InteractiveCode).Compile().Execute(main);
            return null;
        }
        catch (PythonException e) when (e.IsInstanceOf("SystemExit"))
        {
            output.Flush();
            return ExitCodeOf(e, engine, errors);
        }
        catch (PythonException e)
        {
            output.Flush();
            errors.Write(engine.FormatException(e, main));
            errors.Flush();
            return null;
        }
    }

    /// <summary>CPython's rule for <c>SystemExit(code)</c>: None is 0, an int is itself, anything else is printed and gives 1.</summary>
    private static int ExitCodeOf(PythonException exit, ScriptEngine engine, TextWriter errors)
    {
        object? code = engine.Operations.GetMember(exit.Exception, "code");
        switch (code)
        {
            case null:
                return 0;
            case int small:
                return small;
            case long or System.Numerics.BigInteger:
                return -1;
            default:
                errors.Write(PyOps.Str(Conversions.ToPython(code)) + "\n");
                return 1;
        }
    }

    private static string Banner()
    {
        string os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win32"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin" : "linux";
        var banner = new StringBuilder();
        banner.Append($"Warden {typeof(Repl).Assembly.GetName().Version?.ToString(3)} (Python 3.11) [{RuntimeInformation.FrameworkDescription}] on {os}\n");
        banner.Append("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        return banner.ToString();
    }
}
